package io.camelcam.sandbox.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import io.camelcam.sandbox.SandboxLimits;

/**
 * Streams the parts of a {@code multipart/form-data} body (RFC 7578) straight off the request: it keeps
 * one buffer and scans it for the boundary, so a 100 MB upload never sits in memory. Parts must be read
 * in order; {@link #next()} skips what is left of the previous one. Line breaks are CRLF, as the RFC requires.
 */
public final class MultipartReader {

    private static final int BUFFER_SIZE = 64 * 1024;

    /** A part: its form-field name ({@code null} when it has none) and its content. */
    public record Part(String name, String filename, InputStream body) {
    }

    private final InputStream in;
    /** CRLF "--" boundary: what ends every part. */
    private final byte[] delimiter;
    private final byte[] buf;
    private int pos;
    private int lim;
    /** Bytes in [pos, safeEnd) are known to be content: no delimiter starts there. */
    private int safeEnd;
    private boolean eof;
    private boolean finished;
    private PartStream current;

    public MultipartReader(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.buf = new byte[Math.max(BUFFER_SIZE, 2 * delimiter.length)];
        // The first boundary may open the body without a CRLF before it: supplying one lets the
        // preamble be skipped like any other part.
        buf[lim++] = '\r';
        buf[lim++] = '\n';
        this.current = new PartStream();
    }

    /** The boundary of a {@code multipart/form-data} Content-Type, or {@code null} if it is not one. */
    public static String boundary(String contentType) {
        if (contentType == null || !HeaderValues.mainValue(contentType).equals("multipart/form-data")) {
            return null;
        }
        String boundary = HeaderValues.parameters(contentType).get("boundary");
        // RFC 2046: 1 to 70 characters
        return boundary == null || boundary.isEmpty() || boundary.length() > 70 ? null : boundary;
    }

    /** The next part, or {@code null} after the closing boundary. */
    public Part next() throws IOException {
        if (finished) {
            return null;
        }
        current.skipRest();
        ensure(2);
        if (buf[pos] == '-' && buf[pos + 1] == '-') {
            finished = true;
            return null;
        }
        skipTransportPadding();
        Map<String, String> disposition = readDisposition();
        current = new PartStream();
        return new Part(disposition.get("name"), disposition.get("filename"), current);
    }

    private void skipTransportPadding() throws IOException {
        int b;
        do {
            b = readByte();
        } while (b == ' ' || b == '\t');
        if (b != '\r' || readByte() != '\n') {
            throw new MalformedMultipartException("expected CRLF after a boundary");
        }
    }

    /** Reads the part's header block; only Content-Disposition matters to a form. */
    private Map<String, String> readDisposition() throws IOException {
        Map<String, String> disposition = Map.of();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int headerBytes = 0;
        while (true) {
            int b = readByte();
            if (++headerBytes > SandboxLimits.MAX_MULTIPART_HEADER_BYTES) {
                throw new MalformedMultipartException("part headers longer than "
                        + SandboxLimits.MAX_MULTIPART_HEADER_BYTES + " bytes");
            }
            if (b != '\r') {
                line.write(b);
                continue;
            }
            if (readByte() != '\n') {
                throw new MalformedMultipartException("bare CR in part headers");
            }
            if (line.size() == 0) {
                return disposition;
            }
            String header = line.toString(StandardCharsets.UTF_8);
            int colon = header.indexOf(':');
            if (colon > 0 && header.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("content-disposition")) {
                disposition = HeaderValues.parameters(header.substring(colon + 1));
            }
            line.reset();
        }
    }

    private void ensure(int bytes) throws IOException {
        while (lim - pos < bytes) {
            if (!fill()) {
                throw new MalformedMultipartException("the body ends before the closing boundary");
            }
        }
    }

    private int readByte() throws IOException {
        ensure(1);
        return buf[pos++] & 0xff;
    }

    /** Compacts the buffer and reads more; {@code false} at end of input. */
    private boolean fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            safeEnd = Math.max(0, safeEnd - pos);
            pos = 0;
        }
        if (eof || lim == buf.length) {
            return false;
        }
        int n = in.read(buf, lim, buf.length - lim);
        if (n < 0) {
            eof = true;
            return false;
        }
        lim += n;
        return true;
    }

    /** The current part's content: ends where the next delimiter starts. */
    private final class PartStream extends InputStream {
        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int available = available();
            if (available == 0) {
                return -1;
            }
            int n = Math.min(len, available);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            return n;
        }

        /** Content bytes readable now without blocking; 0 once the part has ended. */
        @Override
        public int available() throws IOException {
            while (!done) {
                if (pos < safeEnd) {
                    return safeEnd - pos;
                }
                int at = indexOfDelimiter();
                if (at == pos) {
                    pos += delimiter.length;
                    done = true;
                } else if (at > pos) {
                    safeEnd = at;
                } else if (lim - pos >= delimiter.length) {
                    // no delimiter starts before the last (delimiter - 1) bytes, which may hold its beginning
                    safeEnd = lim - delimiter.length + 1;
                } else if (!fill()) {
                    throw new MalformedMultipartException("the body ends before the closing boundary");
                }
            }
            return 0;
        }

        void skipRest() throws IOException {
            while (available() > 0) {
                pos = safeEnd;
            }
        }

        private int indexOfDelimiter() {
            int last = lim - delimiter.length;
            byte first = delimiter[0];
            outer:
            for (int i = pos; i <= last; i++) {
                if (buf[i] != first) {
                    continue;
                }
                for (int j = 1; j < delimiter.length; j++) {
                    if (buf[i + j] != delimiter[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}

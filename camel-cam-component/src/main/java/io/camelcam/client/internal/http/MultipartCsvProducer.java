package io.camelcam.client.internal.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Set;

import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;

import io.camelcam.client.csv.CsvUpload;

/**
 * Streams a validated CSV as one {@code multipart/form-data} file part, without copying it into
 * memory: the part header, then the CSV in 64 KiB chunks read from its file (or array), then the
 * closing boundary. The length is known up front, so no chunked encoding is needed.
 */
public final class MultipartCsvProducer implements AsyncEntityProducer {

    private static final int CHUNK = 64 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CsvUpload csv;
    private final String contentType;
    private final byte[] prefix;
    private final byte[] suffix;
    private final long contentLength;

    private ByteBuffer pending;
    private int stage;
    private long csvSent;
    private FileChannel file;
    private volatile Exception failure;

    public MultipartCsvProducer(String partName, CsvUpload csv) {
        this.csv = csv;
        String boundary = "camel-cam-" + Long.toHexString(RANDOM.nextLong()) + Long.toHexString(RANDOM.nextLong());
        this.contentType = "multipart/form-data; boundary=" + boundary;
        this.prefix = ("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + partName + "\"; filename=\"" + quoted(csv.fileName()) + "\"\r\n"
                + "Content-Type: text/csv; charset=UTF-8\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        this.suffix = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        this.contentLength = prefix.length + csv.length() + suffix.length;
    }

    private static String quoted(String fileName) {
        return fileName.replaceAll("[\"\\r\\n\\\\]", "_");
    }

    @Override
    public void produce(DataStreamChannel channel) throws IOException {
        while (true) {
            if (pending != null && pending.hasRemaining()) {
                channel.write(pending);
                if (pending.hasRemaining()) {
                    return; // socket full: HttpClient calls back when it can take more
                }
            }
            pending = next();
            if (pending == null) {
                channel.endStream();
                return;
            }
        }
    }

    /** The next piece to write, or null at the end. */
    private ByteBuffer next() throws IOException {
        switch (stage) {
            case 0:
                stage = 1;
                return ByteBuffer.wrap(prefix);
            case 1:
                if (csvSent < csv.length()) {
                    ByteBuffer chunk = readCsv();
                    csvSent += chunk.remaining();
                    return chunk;
                }
                stage = 2;
                return ByteBuffer.wrap(suffix);
            default:
                return null;
        }
    }

    private ByteBuffer readCsv() throws IOException {
        int size = (int) Math.min(CHUNK, csv.length() - csvSent);
        if (csv.bytes() != null) {
            return ByteBuffer.wrap(csv.bytes(), (int) (csv.offset() + csvSent), size);
        }
        if (file == null) {
            file = FileChannel.open(csv.file(), StandardOpenOption.READ);
        }
        ByteBuffer chunk = ByteBuffer.allocate(size);
        while (chunk.hasRemaining()) {
            if (file.read(chunk, csv.offset() + csvSent + chunk.position()) < 0) {
                throw new IOException("users CSV file shrank while it was being uploaded");
            }
        }
        return chunk.flip();
    }

    @Override
    public boolean isRepeatable() {
        return false;
    }

    @Override
    public int available() {
        return stage < 2 || (pending != null && pending.hasRemaining()) ? CHUNK : 0;
    }

    @Override
    public long getContentLength() {
        return contentLength;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public String getContentEncoding() {
        return null;
    }

    @Override
    public boolean isChunked() {
        return false;
    }

    @Override
    public Set<String> getTrailerNames() {
        return null;
    }

    @Override
    public void failed(Exception cause) {
        failure = cause;
        releaseResources();
    }

    public Exception failure() {
        return failure;
    }

    @Override
    public void releaseResources() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException ignored) {
                // read-only channel: nothing to lose
            }
            file = null;
        }
    }
}

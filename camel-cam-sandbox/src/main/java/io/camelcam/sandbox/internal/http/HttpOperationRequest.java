package io.camelcam.sandbox.internal.http;

import com.sun.net.httpserver.HttpExchange;
import io.camelcam.sandbox.SandboxLimits;
import io.camelcam.sandbox.internal.cam.ClientInput;
import io.camelcam.sandbox.internal.cam.OperationRequest;
import io.camelcam.sandbox.internal.cam.RequestRefusedException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** A {@link OperationRequest} over one HTTP exchange. */
final class HttpOperationRequest implements OperationRequest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MAX_BODY = SandboxLimits.MAX_FORM_BODY_BYTES / (1024 * 1024) + " MiB";
    /**
     * How much of a refused, oversized body is still read and discarded: a client is usually still sending
     * when it is refused, and closing a socket with unread input resets the connection, answer and all.
     */
    private static final long MAX_DISCARD_BYTES = 4L * SandboxLimits.MAX_FORM_BODY_BYTES;

    private final HttpExchange exchange;
    private final InputStream body;
    private Map<String, String> form;

    HttpOperationRequest(HttpExchange exchange, InputStream body) {
        this.exchange = exchange;
        this.body = body;
    }

    /** @throws UncheckedIOException when the body cannot be read (the client went away) */
    @Override
    public Map<String, String> form() {
        if (form == null) {
            try {
                form = parseForm();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return form;
    }

    @Override
    public String contentType() {
        return exchange.getRequestHeaders().getFirst("Content-Type");
    }

    @Override
    public InputStream body() {
        return body;
    }

    private Map<String, String> parseForm() throws IOException {
        Map<String, String> params = new HashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            // the server decoded the request line as ISO-8859-1: this recovers its raw bytes
            byte[] raw = query.getBytes(StandardCharsets.ISO_8859_1);
            FormParser.parse(raw, raw.length, params);
        }
        if ("POST".equals(exchange.getRequestMethod())) {
            checkContentType();
            byte[] data = readBody();
            FormParser.parse(data, data.length, params);
        }
        return params;
    }

    /** No Content-Type is taken as a form; a charset parameter is ignored: the contract is UTF-8 throughout. */
    private void checkContentType() {
        String type = contentType();
        if (type != null && !HeaderValues.mainValue(type).equals(FORM)) {
            throw RequestRefusedException.invalid("Content-Type", "expected " + FORM + ", got " + ClientInput.quote(type));
        }
    }

    private byte[] readBody() throws IOException {
        long announced = announcedLength();
        if (announced > SandboxLimits.MAX_FORM_BODY_BYTES) {
            throw tooLarge(body);
        }
        byte[] data = new byte[announced >= 0 ? (int) announced : 8192];
        int n = 0;
        while (true) {
            if (n == data.length) {
                // full: probe for one more byte before growing, so an exact Content-Length costs no copy
                int next = body.read();
                if (next < 0) {
                    return data;
                }
                if (n >= SandboxLimits.MAX_FORM_BODY_BYTES) {
                    throw tooLarge(body);
                }
                data = Arrays.copyOf(data, (int) Math.min(Math.max(2L * n, 8192), SandboxLimits.MAX_FORM_BODY_BYTES));
                data[n++] = (byte) next;
                continue;
            }
            int read = body.read(data, n, data.length - n);
            if (read < 0) {
                return Arrays.copyOf(data, n);
            }
            n += read;
        }
    }

    private long announcedLength() {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static RequestRefusedException tooLarge(InputStream body) throws IOException {
        discardRest(body);
        return RequestRefusedException.invalid("body", "larger than " + MAX_BODY);
    }

    /**
     * Reads and drops what is left of a request body, up to {@link #MAX_DISCARD_BYTES}: the JDK server
     * closes a connection that has more than 64 KiB of it unread, and a client still sending then gets
     * a reset instead of the answer.
     */
    static void discardRest(InputStream body) throws IOException {
        long discarded = 0;
        byte[] sink = new byte[64 * 1024];
        for (int n = body.read(sink); n >= 0 && discarded < MAX_DISCARD_BYTES; n = body.read(sink)) {
            discarded += n;
        }
    }
}

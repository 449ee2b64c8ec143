package io.camelcam.sandbox.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

import io.camelcam.sandbox.internal.cam.ClientInput;
import io.camelcam.sandbox.internal.cam.OperationRequest;
import io.camelcam.sandbox.internal.cam.RequestRefusedException;

/** A {@link OperationRequest} over one HTTP exchange. */
final class HttpOperationRequest implements OperationRequest {

    private static final String FORM = "application/x-www-form-urlencoded";

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
            byte[] data = RequestBodies.readForm(body, announcedLength());
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

    private long announcedLength() {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

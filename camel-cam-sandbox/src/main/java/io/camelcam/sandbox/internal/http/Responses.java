package io.camelcam.sandbox.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

/** Writes a whole, already rendered response. */
public final class Responses {

    private Responses() {
    }

    public static void send(HttpExchange exchange, int status, String contentType, Map<String, String> headers,
                            byte[] body) throws IOException {
        Headers out = exchange.getResponseHeaders();
        out.set("Content-Type", contentType);
        headers.forEach(out::set);
        // HEAD must announce no body, or the JDK server logs a warning for every such request
        if (body.length == 0 || "HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }
}

package io.camelcam.sandbox.internal.inspect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import io.camelcam.sandbox.SandboxQuickCall;
import io.camelcam.sandbox.internal.http.Responses;
import io.camelcam.sandbox.internal.state.SandboxState;

/** {@code GET /quick/<id>}: where a quick-call URL leads. A stand-in page; there is no conference behind it. */
public final class QuickCallPageHandler implements HttpHandler {

    private static final String PREFIX = "/quick/";
    private static final String HTML_UTF8 = "text/html; charset=UTF-8";

    private final SandboxState state;

    public QuickCallPageHandler(SandboxState state) {
        this.state = state;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String id = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "";
        Optional<SandboxQuickCall> call = state.quickCalls().find(id)
                .filter(q -> q.expireTime() > state.clock().millis());
        if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
            Responses.send(exchange, 405, HTML_UTF8, Map.of("Allow", "GET"), page("Method not allowed"));
        } else if (call.isEmpty()) {
            Responses.send(exchange, 404, HTML_UTF8, Map.of(), page("No such quick call, or it has expired."));
        } else {
            SandboxQuickCall q = call.get();
            Responses.send(exchange, 200, HTML_UTF8, Map.of(), page("Quick call " + q.id() + ", expires "
                    + Instant.ofEpochMilli(q.expireTime()) + (q.passwordSet() ? " (password protected)" : "")));
        }
        exchange.close();
    }

    private static byte[] page(String text) {
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>CAM sandbox quick call</title></head><body><p>"
                + Html.escape(text) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    }
}

package io.camelcam.sandbox.internal.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import io.camelcam.sandbox.DriftKind;
import io.camelcam.sandbox.internal.cam.JsonTrees;
import io.camelcam.sandbox.internal.cam.Reply;
import io.camelcam.sandbox.internal.cam.RequestRefusedException;
import io.camelcam.sandbox.internal.drift.AnswerDrifter;
import io.camelcam.sandbox.internal.fault.FaultEngine;
import io.camelcam.sandbox.internal.http.FormParser;
import io.camelcam.sandbox.internal.http.Responses;
import io.camelcam.sandbox.internal.state.SandboxState;

/**
 * {@code /_sandbox/...}: routes to the page ({@link PageAssets}, kept current by {@link WatchView}) and the
 * JSON views of the state ({@link StateViews}) for people and tests, and serves the fault, drift and reset
 * controls. No token: this is a local test server. Faults never apply here.
 */
public final class InspectionHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(InspectionHandler.class.getName());
    private static final String WATCH = StateViews.PREFIX + "watch";
    /**
     * The page builds its DOM from text nodes only; this policy is the second line: even markup that got in
     * could neither run a script nor load anything from elsewhere.
     */
    private static final Map<String, String> PAGE_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                    + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-cache");
    private static final int MAX_FAULT_REQUEST_BYTES = 64 * 1024;

    private final StateViews views;
    private final WatchView watch;
    private final PageAssets assets = new PageAssets();
    private final FaultEngine faults;
    private final AnswerDrifter drifter;
    private final Runnable reset;

    public InspectionHandler(SandboxState state, FaultEngine faults, AnswerDrifter drifter, Runnable reset) {
        this.views = new StateViews(state);
        this.watch = new WatchView(state, faults);
        this.faults = faults;
        this.drifter = drifter;
        this.reset = reset;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange, exchange.getRequestURI().getRawPath(), exchange.getRequestMethod(), query(exchange));
        } catch (IllegalArgumentException | RequestRefusedException e) {
            json(exchange, 400, JsonTrees.object().put("error", e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "internal error in " + exchange.getRequestURI().getRawPath(), e);
            json(exchange, 500, JsonTrees.object().put("error", "internal sandbox error"));
        }
        exchange.close();
    }

    private void route(HttpExchange exchange, String path, String method, Map<String, String> query) throws IOException {
        switch (path) {
            case WATCH -> {
                if (get(exchange, method)) {
                    json(exchange, 200, watch.render(query));
                }
            }
            case "/_sandbox/faults" -> faults(exchange, method);
            case "/_sandbox/drift" -> drift(exchange, method);
            case "/_sandbox/reset" -> {
                if (allowed(exchange, method, "POST")) {
                    reset.run();
                    json(exchange, 200, JsonTrees.object().put("reset", true));
                }
            }
            default -> {
                Optional<PageAssets.Asset> asset = path.equals("/_sandbox") ? assets.find("")
                        : path.startsWith("/_sandbox/") ? assets.find(path.substring("/_sandbox/".length()))
                        : Optional.empty();
                if (asset.isPresent()) {
                    if (get(exchange, method)) {
                        Responses.send(exchange, 200, asset.get().contentType(), PAGE_HEADERS, asset.get().body());
                    }
                    return;
                }
                String view = path.startsWith(StateViews.PREFIX) ? path.substring(StateViews.PREFIX.length()) : "";
                if (!StateViews.exists(view)) {
                    Responses.send(exchange, 404, Reply.TEXT_UTF8, Map.of(), "Not found\n".getBytes(StandardCharsets.UTF_8));
                } else if (get(exchange, method)) {
                    json(exchange, 200, views.render(view, query));
                }
            }
        }
    }

    private void faults(HttpExchange exchange, String method) throws IOException {
        switch (method) {
            case "GET" -> { }
            case "POST" -> FaultRequests.apply(readJson(exchange), faults);
            case "DELETE" -> faults.clear();
            default -> {
                allowed(exchange, method, "GET, POST, DELETE");
                return;
            }
        }
        ObjectNode body = JsonTrees.object();
        ArrayNode pending = body.putArray("pending");
        faults.pending().forEach(pending::add);
        json(exchange, 200, body);
    }

    /** {@code {"kind":"RENAMED_FIELDS"}} or {@code {"kind":"EXTRA_FIELDS","operation":"getConferenceMaster"}}. */
    private void drift(HttpExchange exchange, String method) throws IOException {
        switch (method) {
            case "GET" -> { }
            case "POST" -> {
                JsonNode request = readJson(exchange);
                JsonNode kind = request.get("kind");
                JsonNode operation = request.get("operation");
                if (operation != null && !operation.isNull() && !operation.isTextual()) {
                    throw new IllegalArgumentException("'operation' must be a string");
                }
                drifter.set(driftKind(kind), operation == null || operation.isNull() ? null : operation.textValue());
            }
            case "DELETE" -> drifter.clear();
            default -> {
                allowed(exchange, method, "GET, POST, DELETE");
                return;
            }
        }
        ObjectNode body = JsonTrees.object();
        ArrayNode active = body.putArray("active");
        drifter.describe().forEach(active::add);
        json(exchange, 200, body);
    }

    private static DriftKind driftKind(JsonNode node) {
        try {
            if (node != null && node.isTextual()) {
                return DriftKind.valueOf(node.textValue());
            }
        } catch (IllegalArgumentException unknown) {
            // answered below, naming the kinds there are
        }
        throw new IllegalArgumentException("'kind' must be one of " + List.of(DriftKind.values()));
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> params = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            byte[] bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
            FormParser.parse(bytes, bytes.length, params);
        }
        return params;
    }

    private static JsonNode readJson(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_FAULT_REQUEST_BYTES + 1);
            if (body.length > MAX_FAULT_REQUEST_BYTES) {
                throw new IllegalArgumentException("request larger than " + MAX_FAULT_REQUEST_BYTES + " bytes");
            }
            return JsonTrees.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static boolean get(HttpExchange exchange, String method) throws IOException {
        return allowed(exchange, method, "GET");
    }

    /** Answers 405 and returns false unless the method is among {@code allow}. */
    private static boolean allowed(HttpExchange exchange, String method, String allow) throws IOException {
        if (List.of(allow.split(", ")).contains(method)) {
            return true;
        }
        Responses.send(exchange, 405, Reply.TEXT_UTF8, Map.of("Allow", allow),
                "Method Not Allowed\n".getBytes(StandardCharsets.UTF_8));
        return false;
    }

    private static void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
        Responses.send(exchange, status, Reply.JSON_UTF8, Map.of(), JsonTrees.bytes(body));
    }
}

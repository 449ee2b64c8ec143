package io.camelcam.sandbox.internal.inspect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.sandbox.FaultKind;
import io.camelcam.sandbox.internal.fault.Fault;
import io.camelcam.sandbox.internal.fault.FaultEngine;

/**
 * The JSON accepted by {@code POST /_sandbox/faults}, the HTTP twin of {@code SandboxFaults}:
 * <pre>
 * {"kind":"STATUS_503","count":3,"operation":"sendMessage"}
 * {"kind":"TOO_MANY_REQUESTS","retryAfterSeconds":2}
 * {"kind":"DELAY","millis":5000}
 * {"kind":"CAM_ERROR","code":"404","message":"SC_NOT_FOUND"}
 * {"random":0.1,"seed":42,"kinds":["STATUS_503","DROP_CONNECTION"]}
 * </pre>
 */
final class FaultRequests {

    private FaultRequests() {
    }

    /** @throws IllegalArgumentException naming what is wrong */
    static void apply(JsonNode request, FaultEngine engine) {
        if (!request.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        if (request.has("random")) {
            engine.random(number(request, "random", 0).doubleValue(), number(request, "seed", 0).longValue(),
                    kinds(request.get("kinds")));
            return;
        }
        FaultKind kind = kind(request.get("kind"));
        Fault fault = switch (kind) {
            case DELAY -> new Fault(kind, Duration.ofMillis(number(request, "millis",
                    Fault.DEFAULT_DELAY.toMillis()).longValue()), null, null);
            case TOO_MANY_REQUESTS -> new Fault(kind, Duration.ofSeconds(number(request, "retryAfterSeconds",
                    Fault.DEFAULT_RETRY_AFTER.toSeconds()).longValue()), null, null);
            case CAM_ERROR -> new Fault(kind, Duration.ZERO, text(request, "code", Fault.DEFAULT_CAM_CODE),
                    text(request, "message", Fault.DEFAULT_CAM_MESSAGE));
            case STALL_BODY -> new Fault(kind, Duration.ofMillis(number(request, "millis",
                    Fault.DEFAULT_STALL.toMillis()).longValue()), null, null);
            case OVERSIZED_ANSWER -> new Fault(kind, Duration.ZERO, null, null,
                    number(request, "bytes", Fault.DEFAULT_OVERSIZE).longValue());
            default -> Fault.of(kind);
        };
        JsonNode operation = request.get("operation");
        engine.add(number(request, "count", 1).intValue(), operation == null || operation.isNull() ? null
                : text(request, "operation", null), fault);
    }

    private static FaultKind kind(JsonNode node) {
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("'kind' must be one of " + List.of(FaultKind.values()));
        }
        try {
            return FaultKind.valueOf(node.textValue());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'kind' must be one of " + List.of(FaultKind.values()));
        }
    }

    private static List<FaultKind> kinds(JsonNode node) {
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException("'kinds' must be an array of " + List.of(FaultKind.values()));
        }
        List<FaultKind> kinds = new ArrayList<>();
        node.forEach(k -> kinds.add(kind(k)));
        return kinds;
    }

    private static Number number(JsonNode request, String field, Number fallback) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isNumber()) {
            throw new IllegalArgumentException("'" + field + "' must be a number");
        }
        return node.numberValue();
    }

    private static String text(JsonNode request, String field, String fallback) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' must be a string");
        }
        return node.textValue();
    }
}

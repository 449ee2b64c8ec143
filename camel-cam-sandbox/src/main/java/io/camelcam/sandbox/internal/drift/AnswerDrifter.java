package io.camelcam.sandbox.internal.drift;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelcam.sandbox.DriftKind;
import io.camelcam.sandbox.internal.cam.JsonTrees;
import io.camelcam.sandbox.internal.cam.Reply;

/**
 * Rewrites successful JSON answers as the {@link DriftKind} set for their operation says. Holds one
 * kind per operation (or for all), so it is bounded by the number of operations.
 */
public final class AnswerDrifter {

    /** The key for "every operation". */
    private static final String ALL = "*";
    static final String EXTRA_FIELD = "sandboxExtra";
    static final String RENAMED_SUFFIX = "_v2";

    private final Set<String> operations;
    private final Map<String, DriftKind> kinds = new ConcurrentHashMap<>();
    /** Lets the hot path skip the map while no drift is set, which is nearly always. */
    private volatile boolean armed;

    public AnswerDrifter(Set<String> operations) {
        this.operations = Set.copyOf(operations);
    }

    /** Sets the drift of {@code operation}, or of every operation when it is null. */
    public void set(DriftKind kind, String operation) {
        if (kind == null) {
            throw new IllegalArgumentException("a drift kind is one of " + List.of(DriftKind.values()));
        }
        if (operation != null && !operations.contains(operation)) {
            throw new IllegalArgumentException("unknown operation '" + operation + "'; known: " + operations);
        }
        kinds.put(operation == null ? ALL : operation, kind);
        armed = true;
    }

    public void clear() {
        kinds.clear();
        armed = false;
    }

    /** The drifts set, human-readable. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        kinds.forEach((op, kind) -> out.add((ALL.equals(op) ? "every operation" : op) + ": " + kind));
        return out;
    }

    /** The reply as the operation's drift makes it; the reply itself when none applies. */
    public Reply apply(String operation, Reply reply) {
        if (!armed || reply.httpStatus() != 200 || reply.camStatus() != 200 || reply.streamed()) {
            return reply;
        }
        DriftKind kind = kinds.getOrDefault(operation, kinds.get(ALL));
        if (kind == null) {
            return reply;
        }
        ObjectNode root;
        try {
            root = (ObjectNode) JsonTrees.MAPPER.readTree(reply.body());
        } catch (IOException | ClassCastException e) {
            return reply; // not a JSON object: nothing to drift
        }
        ObjectNode drifted = switch (kind) {
            case RENAMED_FIELDS -> renamed(root, true);
            case MISSING_FIELDS -> withoutFirstScalar(root, true);
            case EXTRA_FIELDS -> withExtra(root);
            case UNEXPECTED_SHAPES -> reshaped(root);
        };
        return Reply.json(reply.camStatus(), reply.errorCodes(), JsonTrees.bytes(drifted));
    }

    private static ObjectNode renamed(ObjectNode node, boolean top) {
        ObjectNode out = JsonTrees.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            boolean keep = top && isCommon(field.getKey());
            out.set(keep ? field.getKey() : field.getKey() + RENAMED_SUFFIX, map(field.getValue(), n -> renamed(n, false)));
        }
        return out;
    }

    private static ObjectNode withoutFirstScalar(ObjectNode node, boolean top) {
        ObjectNode out = JsonTrees.object();
        boolean dropped = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (!dropped && !value.isContainerNode() && !(top && isCommon(field.getKey()))) {
                dropped = true;
                continue;
            }
            out.set(field.getKey(), map(value, n -> withoutFirstScalar(n, false)));
        }
        return out;
    }

    private static ObjectNode withExtra(ObjectNode node) {
        ObjectNode out = JsonTrees.object();
        node.fields().forEachRemaining(field -> out.set(field.getKey(), map(field.getValue(), AnswerDrifter::withExtra)));
        return out.put(EXTRA_FIELD, "added by the sandbox's drift mode");
    }

    private static ObjectNode reshaped(ObjectNode root) {
        ObjectNode out = JsonTrees.object();
        root.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (isCommon(field.getKey())) {
                out.set(field.getKey(), value);
            } else if (value.isArray()) {
                out.putObject(field.getKey()).set("items", value);
            } else if (value.isObject()) {
                out.putArray(field.getKey()).add(value);
            } else {
                out.putObject(field.getKey()).set("value", value);
            }
        });
        return out;
    }

    private static boolean isCommon(String name) {
        return "status".equals(name) || "errors".equals(name);
    }

    private interface ObjectRewrite {
        ObjectNode apply(ObjectNode node);
    }

    /** Rewrites the objects in a value: the value itself, or each object element of an array. */
    private static JsonNode map(JsonNode value, ObjectRewrite rewrite) {
        if (value.isObject()) {
            return rewrite.apply((ObjectNode) value);
        }
        if (value.isArray()) {
            ArrayNode out = JsonTrees.array();
            value.forEach(element -> out.add(element.isObject() ? rewrite.apply((ObjectNode) element) : element));
            return out;
        }
        return value;
    }
}

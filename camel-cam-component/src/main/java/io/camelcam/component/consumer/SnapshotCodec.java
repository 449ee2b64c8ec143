package io.camelcam.component.consumer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelcam.client.json.ModelJson;

/**
 * A snapshot as compact JSON, entries in CAM's own wire shape (the client's mapper reads them
 * back exactly): {@code {"format":1,"key":"…","periods":{"201908":[{…},…],…}}}. The key says whose
 * state it is, so two consumers pointed at the same file are caught instead of mixing baselines.
 */
final class SnapshotCodec<T> {

    static final int FORMAT = 1;

    private final Class<T> type;
    private final Function<T, String> id;
    private final Comparator<T> order;

    SnapshotCodec(Class<T> type, Function<T, String> id, Comparator<T> order) {
        this.type = type;
        this.id = id;
        this.order = order;
    }

    String encode(String key, Snapshot<T> snapshot) {
        ObjectNode root = ModelJson.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("key", key);
        ObjectNode periods = root.putObject("periods");
        snapshot.periods().forEach((period, entries) -> {
            ArrayNode list = periods.putArray(period);
            entries.values().stream().sorted(order).forEach(entry -> list.add(ModelJson.MAPPER.valueToTree(entry)));
        });
        try {
            return ModelJson.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the consumer state as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * @throws IllegalArgumentException when the text is not a state of this format, or is another key's state
     */
    Snapshot<T> decode(String key, String text) {
        JsonNode root;
        try {
            root = ModelJson.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || root.path("format").asInt() != FORMAT || !root.path("periods").isObject()) {
            throw new IllegalArgumentException("is not a cam consumer state of format " + FORMAT);
        }
        String storedKey = root.path("key").asText("");
        if (!storedKey.equals(key)) {
            throw new IllegalArgumentException("holds the state of '" + storedKey + "', not of '" + key
                    + "': give each consumer its own stateFile or stateKey");
        }
        Map<String, List<T>> periods = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("periods").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> period = it.next();
            List<T> entries = new ArrayList<>();
            for (JsonNode entry : period.getValue()) {
                try {
                    entries.add(ModelJson.MAPPER.treeToValue(entry, type));
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException("has an unreadable entry in " + period.getKey() + ": "
                            + e.getOriginalMessage(), e);
                }
            }
            periods.put(period.getKey(), entries);
        }
        return Snapshot.of(periods, id);
    }
}

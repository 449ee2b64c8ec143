package io.camelcam.sandbox.internal.cam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The one JSON mapper and the CAM body shapes. Mappers are costly to build and thread-safe: build one. */
public final class JsonReplies {

    /**
     * Trailing commas are tolerated because the manual's own {@code messages.json} has one; trailing
     * tokens are refused so {@code {"a":1} junk} is not silently half-read.
     */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final byte[] OK = "{\"status\":200}".getBytes(StandardCharsets.UTF_8);
    private static final Reply OK_REPLY = Reply.json(200, List.of(), OK);

    private JsonReplies() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** {@code {"status":200}}, pre-serialized: it is the answer to most requests. */
    public static Reply ok() {
        return OK_REPLY;
    }

    /** {@code {"status":200, ...fields}}. */
    public static Reply ok(ObjectNode fields) {
        ObjectNode body = object().put("status", 200);
        body.setAll(fields);
        return Reply.json(200, List.of(), bytes(body));
    }

    /** {@code {"status":520,"errors":[...]}}. */
    public static Reply errors(List<ErrorEntry> errors) {
        ObjectNode body = object().put("status", 520);
        ArrayNode array = body.putArray("errors");
        for (ErrorEntry e : errors) {
            array.addObject().put("code", e.code()).put("message", e.message());
        }
        return Reply.json(520, errors.stream().map(ErrorEntry::code).toList(), bytes(body));
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /**
     * Parses the JSON document held by one form field.
     *
     * @throws RequestRefusedException naming the field when it is missing or not JSON
     */
    public static JsonNode formField(OperationRequest request, String field) {
        String text = request.param(field);
        if (text == null || text.isBlank()) {
            throw RequestRefusedException.invalid(field, "missing");
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw RequestRefusedException.invalid(field, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }
}

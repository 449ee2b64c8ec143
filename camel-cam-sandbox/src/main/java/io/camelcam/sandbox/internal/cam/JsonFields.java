package io.camelcam.sandbox.internal.cam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed reads of JSON, from the form field that holds it down to its members, that fail with a
 * {@link RequestRefusedException} naming the member's full path (e.g. {@code messages[3].property.users}).
 * A JSON {@code null} counts as absent.
 */
public final class JsonFields {

    private JsonFields() {
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
            return JsonTrees.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw RequestRefusedException.invalid(field, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    public static String path(String parent, String member) {
        return parent + "." + member;
    }

    public static JsonNode member(JsonNode object, String member) {
        JsonNode value = object.get(member);
        return value == null || value.isNull() ? null : value;
    }

    public static void requireObject(JsonNode node, String path) {
        if (!node.isObject()) {
            throw RequestRefusedException.invalid(path, "expected a JSON object");
        }
    }

    /** A string member, or {@code null} when absent. */
    public static String optionalString(JsonNode object, String member, String parent) {
        JsonNode value = member(object, member);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw RequestRefusedException.invalid(path(parent, member), "expected a string");
        }
        return value.textValue();
    }

    /** A string member that must be present and not blank. */
    public static String requiredString(JsonNode object, String member, String parent) {
        String value = optionalString(object, member, parent);
        if (value == null) {
            throw RequestRefusedException.invalid(path(parent, member), "missing");
        }
        if (value.isBlank()) {
            throw RequestRefusedException.invalid(path(parent, member), "blank");
        }
        return value;
    }

    /** A boolean member, or {@code null} when absent. Strings like "true" are refused: the wire has JSON booleans. */
    public static Boolean optionalBoolean(JsonNode object, String member, String parent) {
        JsonNode value = member(object, member);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw RequestRefusedException.invalid(path(parent, member), "expected true or false");
        }
        return value.booleanValue();
    }

    /** An object member, or {@code null} when absent. */
    public static JsonNode optionalObject(JsonNode object, String member, String parent) {
        JsonNode value = member(object, member);
        if (value != null) {
            requireObject(value, path(parent, member));
        }
        return value;
    }
}

package io.camelcam.sandbox.internal.cam;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The CAM JSON answers: {@code {"status":200, ...}} and {@code {"status":520,"errors":[...]}}. */
public final class JsonReplies {

    private static final byte[] OK = "{\"status\":200}".getBytes(StandardCharsets.UTF_8);
    private static final Reply OK_REPLY = Reply.json(200, List.of(), OK);

    private JsonReplies() {
    }

    /** {@code {"status":200}}, pre-serialized: it is the answer to most requests. */
    public static Reply ok() {
        return OK_REPLY;
    }

    /** {@code {"status":200, ...fields}}. */
    public static Reply ok(ObjectNode fields) {
        ObjectNode body = JsonTrees.object().put("status", 200);
        body.setAll(fields);
        return Reply.json(200, List.of(), JsonTrees.bytes(body));
    }

    /** {@code {"status":520,"errors":[...]}}. */
    public static Reply errors(List<ErrorEntry> errors) {
        ObjectNode body = JsonTrees.object().put("status", 520);
        ArrayNode array = body.putArray("errors");
        for (ErrorEntry e : errors) {
            array.addObject().put("code", e.code()).put("message", e.message());
        }
        return Reply.json(520, errors.stream().map(ErrorEntry::code).toList(), JsonTrees.bytes(body));
    }
}

package io.camelcam.client.operation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.json.ModelJson;
import io.camelcam.client.model.ChatRoom;
import io.camelcam.client.validation.FieldChecks;

/**
 * {@code updateChatRoom}: form field {@code chatRoom} = the room as JSON (no id = create, which
 * needs a name); the answer's {@code chatRoom} is the room as CAM stored it.
 */
public record UpdateChatRoom(ChatRoom chatRoom) implements JsonCall<ChatRoom> {

    public static final String OPERATION = "updateChatRoom";

    public UpdateChatRoom {
        if (chatRoom == null) {
            throw new CamValidationException(OPERATION, "chatRoom", "is null");
        }
        boolean hasId = chatRoom.id() != null && !chatRoom.id().isBlank();
        boolean hasName = chatRoom.name() != null && !chatRoom.name().isBlank();
        if (!hasId && !hasName) {
            throw new CamValidationException(OPERATION, "chatRoom",
                    "needs an id (to update a room) or a name (to create one)");
        }
        if (hasName) {
            FieldChecks.requireNoControlChars(OPERATION, "chatRoom.name", chatRoom.name());
        }
        if (chatRoom.memberUids() != null) {
            chatRoom.memberUids().forEach((uid, member) -> {
                if (uid == null || uid.isBlank() || member == null) {
                    throw new CamValidationException(OPERATION, "chatRoom.memberUids",
                            "holds an empty user id or a null flag");
                }
            });
        }
    }

    @Override
    public String operation() {
        return OPERATION;
    }

    @Override
    public boolean idempotent() {
        return false;
    }

    @Override
    public RequestBody body() {
        try {
            return RequestBody.Form.of("chatRoom", ModelJson.MAPPER.writeValueAsString(chatRoom));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the chat room as JSON", e);
        }
    }

    @Override
    public ChatRoom decode(JsonNode root) throws Exception {
        JsonNode stored = root.get("chatRoom");
        if (stored == null || !stored.isObject()) {
            throw new IllegalArgumentException("no 'chatRoom' object in the answer");
        }
        return ModelJson.MAPPER.treeToValue(stored, ChatRoom.class);
    }
}

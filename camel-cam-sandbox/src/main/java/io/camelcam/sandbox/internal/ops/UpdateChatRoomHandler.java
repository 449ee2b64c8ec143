package io.camelcam.sandbox.internal.ops;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelcam.sandbox.SandboxChatRoom;
import io.camelcam.sandbox.SandboxLimits;
import io.camelcam.sandbox.internal.cam.ClientInput;
import io.camelcam.sandbox.internal.cam.JsonFields;
import io.camelcam.sandbox.internal.cam.JsonReplies;
import io.camelcam.sandbox.internal.cam.JsonTrees;
import io.camelcam.sandbox.internal.cam.JsonViews;
import io.camelcam.sandbox.internal.cam.OperationHandler;
import io.camelcam.sandbox.internal.cam.OperationRequest;
import io.camelcam.sandbox.internal.cam.Reply;
import io.camelcam.sandbox.internal.cam.RequestRefusedException;
import io.camelcam.sandbox.internal.state.ChatRoomPatch;
import io.camelcam.sandbox.internal.state.RoomNameRejectedException;
import io.camelcam.sandbox.internal.state.SandboxState;

/**
 * {@code updateChatRoom}: field {@code chatRoom} is a JSON object. Without an id, or with an id no room has,
 * it creates a room (taking that id); otherwise it merges the given members into the room, field by field
 * ({@code memberUids}, when given, replaces the whole map). User ids are not checked against the users:
 * the manual's own sample uses ids no sandbox could know.
 */
final class UpdateChatRoomHandler implements OperationHandler {

    private static final String FIELD = "chatRoom";

    private final SandboxState state;

    UpdateChatRoomHandler(SandboxState state) {
        this.state = state;
    }

    @Override
    public String name() {
        return "updateChatRoom";
    }

    @Override
    public Reply handle(OperationRequest request) {
        JsonNode node = JsonFields.formField(request, FIELD);
        JsonFields.requireObject(node, FIELD);
        String id = JsonFields.optionalString(node, "id", FIELD);
        if (id != null && id.isBlank()) {
            id = null;
        }
        if (id != null && (id.length() > SandboxLimits.MAX_CHAT_ROOM_ID_CHARS || id.chars().anyMatch(Character::isISOControl))) {
            throw RequestRefusedException.invalid("chatRoom.id", "at most " + SandboxLimits.MAX_CHAT_ROOM_ID_CHARS
                    + " characters, no control characters");
        }
        String name = JsonFields.optionalString(node, "name", FIELD);
        if (name != null && name.isBlank()) {
            throw RequestRefusedException.invalid("chatRoom.name", "blank");
        }
        ChatRoomPatch patch = new ChatRoomPatch(id, name,
                JsonFields.optionalString(node, "createUserId", FIELD),
                JsonFields.optionalString(node, "adminUserId", FIELD),
                JsonFields.optionalBoolean(node, "isPublic", FIELD),
                members(node));
        SandboxChatRoom room;
        try {
            room = state.chatRooms().upsert(patch);
        } catch (RoomNameRejectedException e) {
            throw RequestRefusedException.invalid("chatRoom.name", e.getMessage());
        }
        ObjectNode body = JsonTrees.object();
        body.set(FIELD, JsonViews.chatRoom(room));
        return JsonReplies.ok(body);
    }

    private static Map<String, Boolean> members(JsonNode node) {
        JsonNode object = JsonFields.optionalObject(node, "memberUids", FIELD);
        if (object == null) {
            return null;
        }
        Map<String, Boolean> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            if (!member.getValue().isBoolean()) {
                throw RequestRefusedException.invalid("chatRoom.memberUids[" + ClientInput.quote(member.getKey()) + "]",
                        "expected true or false");
            }
            members.put(member.getKey(), member.getValue().booleanValue());
        }
        return members;
    }
}

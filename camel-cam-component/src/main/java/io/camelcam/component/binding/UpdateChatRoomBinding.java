package io.camelcam.component.binding;

import java.util.Iterator;
import java.util.Set;

import org.apache.camel.Exchange;
import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.json.ModelJson;
import io.camelcam.client.model.ChatRoom;
import io.camelcam.client.operation.CamCall;
import io.camelcam.client.operation.UpdateChatRoom;
import io.camelcam.component.api.CamConfiguration;
import io.camelcam.component.api.CamConstants;

/**
 * updateChatRoom. In: body a ChatRoom, a Map with its fields (id, name, createUserId, adminUserId,
 * isPublic, memberUids), or the same as JSON text. No id creates a room. Out: body the room as CAM
 * stored it; header {@code CamelCamChatRoomId}.
 */
public final class UpdateChatRoomBinding implements OperationBinding<ChatRoom> {

    private static final String EXPECTED = "a ChatRoom, a Map of its fields, or its JSON";
    /** Strict where reading CAM's answers is lenient: a misspelt field in a route's input is a mistake to report. */
    private static final Set<String> FIELDS = Set.of("id", "name", "createUserId", "adminUserId", "isPublic", "memberUids");

    @Override
    public void checkOptions(CamConfiguration options, ZonedClock time) {
        // no options of its own
    }

    @Override
    public CamCall<ChatRoom> prepare(Exchange exchange, CamConfiguration options, ZonedClock time) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof ChatRoom room) {
            return new UpdateChatRoom(room);
        }
        JsonNode tree;
        if (body instanceof java.util.Map<?, ?> map) {
            try {
                tree = ModelJson.MAPPER.valueToTree(map);
            } catch (IllegalArgumentException e) {
                // a value Jackson cannot write, such as an InputStream: the Map is no chat room
                throw new CamValidationException(UpdateChatRoom.OPERATION, "body", "is not a chat room: " + firstLine(e));
            }
        } else if (body != null && ExchangeInputs.isTextLike(body)) {
            try {
                tree = ModelJson.MAPPER.readTree(ExchangeInputs.bodyText(exchange, UpdateChatRoom.OPERATION, EXPECTED));
            } catch (CamValidationException e) {
                throw e;
            } catch (Exception e) {
                throw new CamValidationException(UpdateChatRoom.OPERATION, "body", "is not chat-room JSON: " + firstLine(e));
            }
        } else if (body == null) {
            throw new CamValidationException(UpdateChatRoom.OPERATION, "body", "is null (expected " + EXPECTED + ")");
        } else {
            throw ExchangeInputs.unsupported(UpdateChatRoom.OPERATION, body, EXPECTED);
        }
        return new UpdateChatRoom(toRoom(tree));
    }

    private static ChatRoom toRoom(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new CamValidationException(UpdateChatRoom.OPERATION, "body", "is not a JSON object");
        }
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new CamValidationException(UpdateChatRoom.OPERATION, "body." + name,
                        "is not a chat-room field (known: " + String.join(", ", FIELDS) + ")");
            }
        }
        try {
            return ModelJson.MAPPER.treeToValue(tree, ChatRoom.class);
        } catch (Exception e) {
            throw new CamValidationException(UpdateChatRoom.OPERATION, "body", "is not a chat room: " + firstLine(e));
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    @Override
    public void complete(Exchange exchange, CamConfiguration options, CamCall<ChatRoom> call, ChatRoom result) {
        exchange.getMessage().setBody(result);
        exchange.getMessage().setHeader(CamConstants.CHAT_ROOM_ID, result.id());
    }
}

package io.camelcam.component.binding;

import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import org.apache.camel.Exchange;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.internal.Json;
import io.camelcam.client.model.ChatRoom;
import io.camelcam.client.operation.CamCall;
import io.camelcam.client.operation.UpdateChatRoom;
import io.camelcam.component.CamConfiguration;
import io.camelcam.component.CamConstants;

/**
 * updateChatRoom. In: body a ChatRoom, a Map with its fields (id, name, createUserId, adminUserId,
 * isPublic, memberUids), or the same as JSON text. No id creates a room. Out: body the room as CAM
 * stored it; header {@code CamelCamChatRoomId}.
 */
public final class UpdateChatRoomBinding implements OperationBinding<ChatRoom> {

    private static final String EXPECTED = "a ChatRoom, a Map of its fields, or its JSON";
    /** Strict where the client is lenient: a misspelt field in a route's input is a mistake to report. */
    private static final ObjectReader STRICT = Json.MAPPER.readerFor(ChatRoom.class)
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Override
    public void checkOptions(CamConfiguration options, BindingContext context) {
        // no options of its own
    }

    @Override
    public CamCall<ChatRoom> prepare(Exchange exchange, CamConfiguration options, BindingContext context) {
        Object body = exchange.getMessage().getBody();
        ChatRoom room;
        if (body instanceof ChatRoom given) {
            room = given;
        } else if (body instanceof Map<?, ?> map) {
            try {
                room = STRICT.readValue((com.fasterxml.jackson.databind.JsonNode) Json.MAPPER.valueToTree(map));
            } catch (Exception e) {
                throw new CamValidationException(UpdateChatRoom.OPERATION, "body", "is not a chat room: " + firstLine(e));
            }
        } else if (body != null && Inputs.isTextLike(body)) {
            try {
                room = STRICT.readValue(Inputs.bodyText(exchange, UpdateChatRoom.OPERATION, EXPECTED));
            } catch (CamValidationException e) {
                throw e;
            } catch (Exception e) {
                throw new CamValidationException(UpdateChatRoom.OPERATION, "body", "is not chat-room JSON: " + firstLine(e));
            }
        } else if (body == null) {
            throw new CamValidationException(UpdateChatRoom.OPERATION, "body", "is null (expected " + EXPECTED + ")");
        } else {
            throw Inputs.unsupported(UpdateChatRoom.OPERATION, body, EXPECTED);
        }
        return new UpdateChatRoom(room);
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

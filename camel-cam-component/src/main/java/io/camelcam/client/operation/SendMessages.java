package io.camelcam.client.operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.client.AssumedContract;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.CamMessage;

/**
 * {@code sendMessages}: form field {@code messages} = a JSON array of
 * {@code {"send": room, "message": text, "property": {"users": "a@x,b@y"}}}; an element without
 * {@code send} is a direct message. Never a trailing comma (the manual's sample has one).
 */
public record SendMessages(List<CamMessage> messages) implements JsonCall<Void> {

    public static final String OPERATION = "sendMessages";

    public SendMessages {
        if (messages == null || messages.isEmpty()) {
            throw new CamValidationException(OPERATION, "messages", "must hold at least one message");
        }
        if (messages.size() > AssumedContract.MAX_MESSAGES_PER_CALL) {
            throw new CamValidationException(OPERATION, "messages", "holds " + messages.size()
                    + " messages, the limit per call is " + AssumedContract.MAX_MESSAGES_PER_CALL);
        }
        for (int i = 0; i < messages.size(); i++) {
            SendMessage.validate(OPERATION, "messages[" + i + "].", messages.get(i));
        }
        messages = List.copyOf(messages);
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
        List<Map<String, Object>> wire = new ArrayList<>(messages.size());
        for (CamMessage m : messages) {
            Map<String, Object> element = new LinkedHashMap<>();
            if (!m.isDirect()) {
                element.put("send", m.room());
            }
            element.put("message", m.text());
            if (!m.users().isEmpty()) {
                element.put("property", Map.of("users", String.join(",", m.users())));
            }
            if (m.sealed()) {
                element.put(AssumedContract.SEND_MESSAGES_SEALED_FIELD, true);
            }
            wire.add(element);
        }
        try {
            return RequestBody.Form.of("messages", io.camelcam.client.internal.Json.MAPPER.writeValueAsString(wire));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write messages as JSON", e);
        }
    }

    @Override
    public Void decode(JsonNode root) {
        return null;
    }
}

package io.camelcam.client.operation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.client.contract.AssumedContract;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.json.JsonText;
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
            if (!SendMessage.isValid(messages.get(i))) {
                SendMessage.validate(OPERATION, "messages[" + i + "].", messages.get(i));
            }
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
        JsonText json = new JsonText(messages.size() * (64 + messages.get(0).text().length()));
        json.startArray();
        for (CamMessage m : messages) {
            json.startObject();
            if (!m.isDirect()) {
                json.field("send", m.room());
            }
            json.field("message", m.text());
            if (!m.users().isEmpty()) {
                json.startObject("property").field("users", m.users(), ',').endObject();
            }
            if (m.sealed()) {
                json.field(AssumedContract.SEND_MESSAGES_SEALED_FIELD, true);
            }
            json.endObject();
        }
        return RequestBody.Form.of("messages", json.endArray().toString());
    }

    /** The answer carries nothing beyond success. */
    @Override
    public boolean readsAnswer() {
        return false;
    }

    @Override
    public Void decode(JsonNode root) {
        return null;
    }
}

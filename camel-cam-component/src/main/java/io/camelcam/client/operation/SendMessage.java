package io.camelcam.client.operation;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.client.contract.AssumedContract;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.json.JsonText;
import io.camelcam.client.model.CamMessage;
import io.camelcam.client.validation.FieldChecks;

/**
 * {@code sendMessage}: form field {@code message} = {@code {"panelName", "message", "isOpened",
 * "generalPurposes": {"users": "a@x,b@y"}}}; the answer carries nothing beyond success.
 */
public record SendMessage(CamMessage message) implements JsonCall<Void> {

    public static final String OPERATION = "sendMessage";

    public SendMessage {
        if (!isValid(message)) {
            validate(OPERATION, "", message);
        }
    }

    /**
     * The checks of {@link #validate} without building a field name or an exception: the common
     * case (a valid message) costs no string work; only a failure goes through {@code validate}
     * for its precise error.
     */
    static boolean isValid(CamMessage message) {
        if (message == null || message.text() == null || message.text().isBlank()
                || message.text().codePointCount(0, message.text().length()) > AssumedContract.MAX_MESSAGE_LENGTH) {
            return false;
        }
        if (message.room() != null && (message.room().isBlank() || hasControlChars(message.room()))) {
            return false;
        }
        if (message.isDirect() && message.users().isEmpty()) {
            return false;
        }
        for (String user : message.users()) {
            if (!FieldChecks.isEmail(user)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasControlChars(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** FieldChecks one message; {@code prefix} places the field names, e.g. {@code messages[3].}. */
    static void validate(String operation, String prefix, CamMessage message) {
        if (message == null) {
            throw new CamValidationException(operation, prefix.isEmpty() ? "message" : prefix, "is null");
        }
        FieldChecks.requireText(operation, prefix + "text", message.text());
        FieldChecks.requireMaxLength(operation, prefix + "text", message.text(), AssumedContract.MAX_MESSAGE_LENGTH);
        if (message.room() != null) {
            FieldChecks.requireLine(operation, prefix + "room", message.room());
        }
        if (message.isDirect() && message.users().isEmpty()) {
            throw new CamValidationException(operation, prefix + "room",
                    "is missing: give a room, or users for a direct message");
        }
        FieldChecks.requireEmails(operation, prefix + "users", message.users());
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
        JsonText json = new JsonText(64 + message.text().length());
        json.startObject()
                .field("panelName", message.panelName())
                .field("message", message.text())
                .field("isOpened", message.sealed());
        if (!message.users().isEmpty()) {
            json.startObject("generalPurposes").field("users", message.users(), ',').endObject();
        }
        return RequestBody.Form.of("message", json.endObject().toString());
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

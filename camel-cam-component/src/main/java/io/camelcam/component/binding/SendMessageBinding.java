package io.camelcam.component.binding;

import java.util.Map;

import org.apache.camel.Exchange;

import io.camelcam.client.contract.AssumedContract;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.CamMessage;
import io.camelcam.client.operation.CamCall;
import io.camelcam.client.operation.SendMessage;
import io.camelcam.client.validation.FieldChecks;
import io.camelcam.component.api.CamConfiguration;
import io.camelcam.component.api.CamConstants;

/**
 * sendMessage. In: body String (or anything text-like: bytes, stream, file) = the text, or a
 * CamMessage / Map for full control; room, users and sealed from headers, else options. Out: the
 * body is left as it was (CAM answers nothing but success), so a route can go on with its data.
 */
public final class SendMessageBinding implements OperationBinding<Void> {

    static final String EXPECTED = "a String or other text, a CamMessage, or a Map with room/text/users/sealed";

    @Override
    public void checkOptions(CamConfiguration options, ZonedClock time) {
        checkMessageOptions(SendMessage.OPERATION, options);
        if (options.getBatchSize() < 0 || options.getBatchSize() > AssumedContract.MAX_MESSAGES_PER_CALL) {
            throw new CamValidationException(SendMessage.OPERATION, "option batchSize",
                    options.getBatchSize() + " is not between 0 and " + AssumedContract.MAX_MESSAGES_PER_CALL
                    + " (CAM's limit per sendMessages call)");
        }
        if (options.getBatchSize() > 1 && options.getBatchTimeout() <= 0) {
            throw new CamValidationException(SendMessage.OPERATION, "option batchTimeout", "must be positive");
        }
    }

    /** Shared with sendMessages: the room and users options must be usable as given. */
    static void checkMessageOptions(String operation, CamConfiguration options) {
        if (options.getRoom() != null) {
            FieldChecks.requireLine(operation, "option room", options.getRoom());
        }
        FieldChecks.requireEmails(operation, "option users", ExchangeInputs.splitUsers(options.getUsers()));
    }

    static MessageMapper.Defaults defaults(Exchange exchange, CamConfiguration options, String operation) {
        String room = ExchangeInputs.headerOr(exchange, CamConstants.ROOM, options.getRoom());
        return new MessageMapper.Defaults(room == null || room.isBlank() ? null : room,
                ExchangeInputs.users(exchange, CamConstants.USERS, options.getUsers()),
                ExchangeInputs.booleanHeaderOr(exchange, CamConstants.SEALED, options.isSealed(), operation));
    }

    @Override
    public CamCall<Void> prepare(Exchange exchange, CamConfiguration options, ZonedClock time) {
        Object body = exchange.getMessage().getBody();
        MessageMapper.Defaults defaults = defaults(exchange, options, SendMessage.OPERATION);
        CamMessage message;
        if (body instanceof CamMessage || body instanceof Map) {
            message = MessageMapper.toMessage(body, defaults, SendMessage.OPERATION, "body");
        } else {
            String text = ExchangeInputs.bodyText(exchange, SendMessage.OPERATION, EXPECTED);
            message = MessageMapper.toMessage(text, defaults, SendMessage.OPERATION, "body");
        }
        requireUsable(message, SendMessage.OPERATION, "body");
        return new SendMessage(message);
    }

    /** The two mistakes every route makes once, named in Camel terms before the client checks the rest. */
    static void requireUsable(CamMessage message, String operation, String where) {
        if (message.text() == null || message.text().isBlank()) {
            throw new CamValidationException(operation, where, "holds no message text");
        }
        if (message.isDirect() && message.users().isEmpty()) {
            throw new CamValidationException(operation, "room",
                    "is missing: set the room option or the " + CamConstants.ROOM + " header, or users (option users or "
                    + "header " + CamConstants.USERS + ") for a direct message");
        }
    }

    @Override
    public void complete(Exchange exchange, CamConfiguration options, CamCall<Void> call, Void result) {
        // nothing to add: the body stays what the route sent
    }
}

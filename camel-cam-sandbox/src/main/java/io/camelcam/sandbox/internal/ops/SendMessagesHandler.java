package io.camelcam.sandbox.internal.ops;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.sandbox.SandboxLimits;
import io.camelcam.sandbox.internal.cam.ErrorEntry;
import io.camelcam.sandbox.internal.cam.JsonFields;
import io.camelcam.sandbox.internal.cam.JsonReplies;
import io.camelcam.sandbox.internal.cam.OperationHandler;
import io.camelcam.sandbox.internal.cam.OperationRequest;
import io.camelcam.sandbox.internal.cam.Reply;
import io.camelcam.sandbox.internal.cam.RequestRefusedException;
import io.camelcam.sandbox.internal.state.SandboxState;
import io.camelcam.sandbox.internal.state.ValidatedMessage;

/**
 * {@code sendMessages}: form field {@code messages} holds a JSON array of messages. All or nothing: every
 * element is validated first, each bad one reported (one error each), and none is sent if any is bad.
 */
final class SendMessagesHandler implements OperationHandler {

    private final SandboxState state;
    private final MessageValidator validator;

    SendMessagesHandler(SandboxState state, MessageValidator validator) {
        this.state = state;
        this.validator = validator;
    }

    @Override
    public String name() {
        return "sendMessages";
    }

    @Override
    public Reply handle(OperationRequest request) {
        JsonNode array = JsonFields.formField(request, "messages");
        if (!array.isArray()) {
            throw RequestRefusedException.invalid("messages", "expected a JSON array");
        }
        if (array.isEmpty()) {
            throw RequestRefusedException.invalid("messages", "empty array");
        }
        if (array.size() > SandboxLimits.MAX_MESSAGES_PER_CALL) {
            throw RequestRefusedException.invalid("messages", "more than " + SandboxLimits.MAX_MESSAGES_PER_CALL
                    + " elements (" + array.size() + ")");
        }
        List<ValidatedMessage> messages = new ArrayList<>(array.size());
        List<ErrorEntry> errors = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            try {
                messages.add(validator.validate(array.get(i), "messages[" + i + "]", MessageValidator.Shape.BATCH));
            } catch (RequestRefusedException refused) {
                errors.addAll(refused.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new RequestRefusedException(errors);
        }
        state.messages().append(name(), messages, state.clock().instant());
        return JsonReplies.ok();
    }
}

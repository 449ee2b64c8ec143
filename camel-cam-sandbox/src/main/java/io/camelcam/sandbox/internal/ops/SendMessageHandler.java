package io.camelcam.sandbox.internal.ops;

import java.util.List;

import io.camelcam.sandbox.internal.cam.JsonFields;
import io.camelcam.sandbox.internal.cam.JsonReplies;
import io.camelcam.sandbox.internal.cam.OperationHandler;
import io.camelcam.sandbox.internal.cam.OperationRequest;
import io.camelcam.sandbox.internal.cam.Reply;
import io.camelcam.sandbox.internal.state.SandboxState;
import io.camelcam.sandbox.internal.state.ValidatedMessage;

/** {@code sendMessage}: form field {@code message} holds one message as a JSON object. */
final class SendMessageHandler implements OperationHandler {

    private final SandboxState state;
    private final MessageValidator validator;

    SendMessageHandler(SandboxState state, MessageValidator validator) {
        this.state = state;
        this.validator = validator;
    }

    @Override
    public String name() {
        return "sendMessage";
    }

    @Override
    public Reply handle(OperationRequest request) {
        ValidatedMessage message = validator.validate(JsonFields.formField(request, "message"), "message",
                MessageValidator.Shape.SINGLE);
        state.messages().append(name(), List.of(message), state.clock().instant());
        return JsonReplies.ok();
    }
}

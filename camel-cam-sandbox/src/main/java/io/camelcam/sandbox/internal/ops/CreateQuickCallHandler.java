package io.camelcam.sandbox.internal.ops;

import java.util.function.Supplier;

import io.camelcam.sandbox.SandboxLimits;
import io.camelcam.sandbox.SandboxQuickCall;
import io.camelcam.sandbox.internal.cam.ClientInput;
import io.camelcam.sandbox.internal.cam.JsonReplies;
import io.camelcam.sandbox.internal.cam.JsonTrees;
import io.camelcam.sandbox.internal.cam.OperationHandler;
import io.camelcam.sandbox.internal.cam.OperationRequest;
import io.camelcam.sandbox.internal.cam.Reply;
import io.camelcam.sandbox.internal.cam.RequestRefusedException;
import io.camelcam.sandbox.internal.state.SandboxState;

/**
 * {@code createQuickCall}: fields {@code expireTime} (Unix millis, in the future) and optional
 * {@code password}. The password is checked and then dropped: only the fact that one was set is kept.
 */
final class CreateQuickCallHandler implements OperationHandler {

    private final SandboxState state;
    private final Supplier<String> baseUrl;

    CreateQuickCallHandler(SandboxState state, Supplier<String> baseUrl) {
        this.state = state;
        this.baseUrl = baseUrl;
    }

    @Override
    public String name() {
        return "createQuickCall";
    }

    @Override
    public Reply handle(OperationRequest request) {
        long expireTime = expireTime(request.param("expireTime"));
        String password = request.param("password");
        checkPassword(password);
        SandboxQuickCall quickCall = state.quickCalls().create(baseUrl.get(), expireTime,
                password != null && !password.isEmpty(), state.clock().instant());
        return JsonReplies.ok(JsonTrees.object().put("url", quickCall.url()));
    }

    private long expireTime(String value) {
        if (value == null || value.isBlank()) {
            throw RequestRefusedException.invalid("expireTime", "missing");
        }
        long millis;
        try {
            millis = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw RequestRefusedException.invalid("expireTime", ClientInput.quote(value) + " is not Unix time in milliseconds");
        }
        if (millis <= state.clock().millis()) {
            throw RequestRefusedException.invalid("expireTime", "must be in the future");
        }
        return millis;
    }

    private static void checkPassword(String password) {
        if (password == null) {
            return;
        }
        if (password.length() > SandboxLimits.MAX_QUICK_CALL_PASSWORD_CHARS) {
            throw RequestRefusedException.invalid("password", "longer than " + SandboxLimits.MAX_QUICK_CALL_PASSWORD_CHARS
                    + " characters");
        }
        // the password itself is never echoed back in the error
        if (password.chars().anyMatch(Character::isISOControl)) {
            throw RequestRefusedException.invalid("password", "contains control characters");
        }
    }
}

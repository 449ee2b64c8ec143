package io.camelcam.sandbox.internal.ops;

import io.camelcam.sandbox.SandboxLimits;
import io.camelcam.sandbox.SandboxQuickCall;
import io.camelcam.sandbox.internal.cam.CamCall;
import io.camelcam.sandbox.internal.cam.CamProblem;
import io.camelcam.sandbox.internal.cam.Echo;
import io.camelcam.sandbox.internal.cam.Json;
import io.camelcam.sandbox.internal.cam.OperationHandler;
import io.camelcam.sandbox.internal.cam.Reply;
import io.camelcam.sandbox.internal.state.SandboxState;

import java.util.function.Supplier;

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
    public Reply handle(CamCall call) {
        long expireTime = expireTime(call.param("expireTime"));
        String password = call.param("password");
        checkPassword(password);
        SandboxQuickCall quickCall = state.quickCalls().create(baseUrl.get(), expireTime,
                password != null && !password.isEmpty(), state.clock().instant());
        return Json.ok(Json.object().put("url", quickCall.url()));
    }

    private long expireTime(String value) {
        if (value == null || value.isBlank()) {
            throw CamProblem.invalid("expireTime", "missing");
        }
        long millis;
        try {
            millis = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw CamProblem.invalid("expireTime", Echo.quote(value) + " is not Unix time in milliseconds");
        }
        if (millis <= state.clock().millis()) {
            throw CamProblem.invalid("expireTime", "must be in the future");
        }
        return millis;
    }

    private static void checkPassword(String password) {
        if (password == null) {
            return;
        }
        if (password.length() > SandboxLimits.MAX_QUICK_CALL_PASSWORD_CHARS) {
            throw CamProblem.invalid("password", "longer than " + SandboxLimits.MAX_QUICK_CALL_PASSWORD_CHARS
                    + " characters");
        }
        // the password itself is never echoed back in the error
        if (password.chars().anyMatch(Character::isISOControl)) {
            throw CamProblem.invalid("password", "contains control characters");
        }
    }
}

package io.camelcam.client.operation;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelcam.client.contract.AssumedContract;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.QuickCall;
import io.camelcam.client.validation.FieldChecks;

/**
 * {@code createQuickCall}: fields {@code expireTime} (Unix millis, in the future) and
 * {@code password} (optional); the answer's {@code url} is the conference link (wire names
 * assumed, see {@link AssumedContract}). Not a record: the password must never reach a
 * {@code toString()}.
 */
public final class CreateQuickCall implements JsonCall<QuickCall> {

    public static final String OPERATION = "createQuickCall";

    private final Instant expiresAt;
    private final String password;

    public CreateQuickCall(Instant expiresAt, String password, Clock clock) {
        if (expiresAt == null) {
            throw new CamValidationException(OPERATION, "expireTime", "is missing");
        }
        Instant now = clock.instant();
        if (!expiresAt.isAfter(now)) {
            throw new CamValidationException(OPERATION, "expireTime",
                    expiresAt + " is not in the future (now " + now + ")");
        }
        try {
            expiresAt.toEpochMilli();
        } catch (ArithmeticException e) {
            // the wire carries Unix milliseconds
            throw new CamValidationException(OPERATION, "expireTime", expiresAt + " is beyond Unix milliseconds");
        }
        if (password != null) {
            FieldChecks.requireNoControlChars(OPERATION, "password", password);
            if (password.length() > AssumedContract.QUICK_CALL_PASSWORD_MAX_LENGTH) {
                throw new CamValidationException(OPERATION, "password",
                        "is longer than " + AssumedContract.QUICK_CALL_PASSWORD_MAX_LENGTH + " characters");
            }
        }
        this.expiresAt = expiresAt;
        this.password = password == null || password.isEmpty() ? null : password;
    }

    public Instant expiresAt() {
        return expiresAt;
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
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(AssumedContract.QUICK_CALL_EXPIRE_FIELD, Long.toString(expiresAt.toEpochMilli()));
        if (password != null) {
            fields.put(AssumedContract.QUICK_CALL_PASSWORD_FIELD, password);
        }
        return new RequestBody.Form(fields);
    }

    @Override
    public QuickCall decode(JsonNode root) {
        JsonNode url = root.get(AssumedContract.QUICK_CALL_URL_FIELD);
        if (url == null || !url.isTextual() || url.asText().isBlank()) {
            throw new IllegalArgumentException("no '" + AssumedContract.QUICK_CALL_URL_FIELD + "' in the answer");
        }
        return new QuickCall(url.asText(), expiresAt);
    }

    @Override
    public String toString() {
        return "CreateQuickCall[expiresAt=" + expiresAt + ", password=" + (password == null ? "none" : "******") + "]";
    }
}

package io.camelcam.component.binding;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.apache.camel.Exchange;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.QuickCall;
import io.camelcam.client.operation.CamCall;
import io.camelcam.client.operation.CreateQuickCall;
import io.camelcam.client.validation.FieldChecks;
import io.camelcam.component.api.CamConfiguration;
import io.camelcam.component.api.CamConstants;

/**
 * createQuickCall. In: the expiry from header {@code CamelCamQuickCallExpiresAt}, else a Map body's
 * {@code expireTime}/{@code expiresIn}, else option expireTime, else now + expiresIn; the password
 * from a Map body's {@code password}, else the option (there is no password header: headers get
 * logged). Out: body the {@link QuickCall}; headers {@code CamelCamQuickCallUrl} and
 * {@code CamelCamQuickCallExpiresAt}.
 */
public final class CreateQuickCallBinding implements OperationBinding<QuickCall> {

    @Override
    public void checkOptions(CamConfiguration options, ZonedClock time) {
        if (options.getExpiresIn() <= 0) {
            throw new CamValidationException(CreateQuickCall.OPERATION, "option expiresIn", "must be positive");
        }
        if (options.getExpireTime() < 0) {
            throw new CamValidationException(CreateQuickCall.OPERATION, "option expireTime", "must not be negative");
        }
        if (options.getPassword() != null) {
            FieldChecks.requireNoControlChars(CreateQuickCall.OPERATION, "option password", options.getPassword());
        }
    }

    @Override
    public CamCall<QuickCall> prepare(Exchange exchange, CamConfiguration options, ZonedClock time) {
        Map<?, ?> request = exchange.getMessage().getBody() instanceof Map<?, ?> map ? map : Map.of();
        for (Object key : request.keySet()) {
            if (!"expireTime".equals(key) && !"expiresIn".equals(key) && !"password".equals(key)) {
                throw new CamValidationException(CreateQuickCall.OPERATION, "body." + key,
                        "is not a quick-call field (known: expireTime, expiresIn, password)");
            }
        }
        Instant expiresAt = expiry(exchange, request, options, time);
        Object password = request.containsKey("password") ? request.get("password") : options.getPassword();
        return new CreateQuickCall(expiresAt, password == null ? null : password.toString(), time.clock());
    }

    private static Instant expiry(Exchange exchange, Map<?, ?> request, CamConfiguration options, ZonedClock time) {
        Object header = exchange.getMessage().getHeader(CamConstants.QUICK_CALL_EXPIRES_AT);
        if (header != null) {
            return instant(header, "header " + CamConstants.QUICK_CALL_EXPIRES_AT);
        }
        if (request.get("expireTime") != null) {
            return instant(request.get("expireTime"), "body.expireTime");
        }
        if (request.get("expiresIn") != null) {
            Duration in = duration(exchange, request.get("expiresIn"));
            try {
                return time.clock().instant().plus(in);
            } catch (ArithmeticException | DateTimeException e) {
                throw new CamValidationException(CreateQuickCall.OPERATION, "body.expiresIn",
                        "'" + request.get("expiresIn") + "' reaches beyond any date");
            }
        }
        if (options.getExpireTime() > 0) {
            return Instant.ofEpochMilli(options.getExpireTime());
        }
        return time.clock().instant().plusMillis(options.getExpiresIn());
    }

    private static Instant instant(Object value, String where) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Number number) {
            return Instant.ofEpochMilli(number.longValue());
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(value.toString().trim()));
        } catch (NumberFormatException notMillis) {
            try {
                return Instant.parse(value.toString().trim());
            } catch (java.time.format.DateTimeParseException e) {
                throw new CamValidationException(CreateQuickCall.OPERATION, where,
                        "'" + value + "' is neither Unix milliseconds nor an ISO-8601 instant");
            }
        }
    }

    private static Duration duration(Exchange exchange, Object value) {
        if (value instanceof Duration d) {
            return d;
        }
        Duration d;
        try {
            d = exchange.getContext().getTypeConverter().mandatoryConvertTo(Duration.class, value);
        } catch (Exception e) {
            throw new CamValidationException(CreateQuickCall.OPERATION, "body.expiresIn",
                    "'" + value + "' is not a duration such as 30m, 1h or PT1H");
        }
        if (d.isNegative() || d.isZero()) {
            throw new CamValidationException(CreateQuickCall.OPERATION, "body.expiresIn", "must be positive");
        }
        return d;
    }

    @Override
    public void complete(Exchange exchange, CamConfiguration options, CamCall<QuickCall> call, QuickCall result) {
        exchange.getMessage().setBody(result);
        exchange.getMessage().setHeader(CamConstants.QUICK_CALL_URL, result.url());
        exchange.getMessage().setHeader(CamConstants.QUICK_CALL_EXPIRES_AT, result.expiresAt());
    }
}

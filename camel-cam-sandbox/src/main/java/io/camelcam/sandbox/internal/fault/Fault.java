package io.camelcam.sandbox.internal.fault;

import java.time.Duration;
import java.util.Objects;

import io.camelcam.sandbox.FaultKind;

/**
 * One fault to apply to one request.
 *
 * @param duration   the delay (DELAY) or the Retry-After (TOO_MANY_REQUESTS); zero otherwise
 * @param camCode    the error code (CAM_ERROR); {@code null} otherwise
 * @param camMessage the error message (CAM_ERROR); {@code null} otherwise
 * @param size       the body size in bytes (OVERSIZED_ANSWER); zero otherwise
 */
public record Fault(FaultKind kind, Duration duration, String camCode, String camMessage, long size) {

    /** Used by random faults and by {@code /_sandbox/faults} when a parameter is not given. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    public static final String DEFAULT_CAM_CODE = "404";
    public static final String DEFAULT_CAM_MESSAGE = "SC_NOT_FOUND";
    /** How long a STALL_BODY fault holds the connection silent before closing it. */
    public static final Duration DEFAULT_STALL = Duration.ofSeconds(30);
    /** How large an OVERSIZED_ANSWER body is. */
    public static final long DEFAULT_OVERSIZE = 512L * 1024 * 1024;

    public Fault {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a fault duration cannot be negative: " + duration);
        }
        if (size < 0) {
            throw new IllegalArgumentException("a fault size cannot be negative: " + size);
        }
    }

    public Fault(FaultKind kind, Duration duration, String camCode, String camMessage) {
        this(kind, duration, camCode, camMessage, 0);
    }

    /** The fault of that kind with default parameters. */
    public static Fault of(FaultKind kind) {
        return switch (kind) {
            case DELAY -> new Fault(kind, DEFAULT_DELAY, null, null);
            case TOO_MANY_REQUESTS -> new Fault(kind, DEFAULT_RETRY_AFTER, null, null);
            case CAM_ERROR -> new Fault(kind, Duration.ZERO, DEFAULT_CAM_CODE, DEFAULT_CAM_MESSAGE);
            case STALL_BODY -> new Fault(kind, DEFAULT_STALL, null, null);
            case OVERSIZED_ANSWER -> new Fault(kind, Duration.ZERO, null, null, DEFAULT_OVERSIZE);
            default -> new Fault(kind, Duration.ZERO, null, null);
        };
    }

    /** The HTTP status this fault answers with when it replaces the response. */
    public int httpStatus() {
        return switch (kind) {
            case STATUS_500 -> 500;
            case STATUS_502 -> 502;
            case STATUS_503 -> 503;
            case STATUS_504 -> 504;
            case TOO_MANY_REQUESTS -> 429;
            default -> 200;
        };
    }

    /** For {@code pending()} and the inspection API. */
    public String describe() {
        return switch (kind) {
            case STATUS_500, STATUS_502, STATUS_503, STATUS_504 -> "HTTP " + httpStatus();
            case TOO_MANY_REQUESTS -> "HTTP 429, Retry-After " + retryAfterSeconds() + " s";
            case CAM_ERROR -> "CAM error " + camCode + " " + camMessage;
            case DELAY -> "delay " + duration.toMillis() + " ms";
            case TRUNCATED_JSON -> "truncated body";
            case DROP_CONNECTION -> "connection dropped mid-body";
            case STALL_BODY -> "body stalled mid-way for " + duration.toMillis() + " ms";
            case CUT_CHUNKED -> "chunked body cut without its last chunk";
            case OVERSIZED_ANSWER -> "answer padded to " + size + " bytes";
        };
    }

    /** Retry-After carries whole seconds: round up so a client never retries too early. */
    public long retryAfterSeconds() {
        long seconds = duration.toSeconds();
        return duration.equals(Duration.ofSeconds(seconds)) ? seconds : seconds + 1;
    }
}

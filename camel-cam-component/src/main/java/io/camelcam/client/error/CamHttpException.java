package io.camelcam.client.error;

import java.time.Duration;
import java.util.Optional;

/**
 * CAM (or something in front of it) answered with an HTTP status other than 200.
 * Carries the status, reason phrase, the {@code Retry-After} delay when one was sent, and a
 * bounded excerpt of the body for diagnosis.
 */
public class CamHttpException extends CamException {

    private final int statusCode;
    private final String reason;
    private final Duration retryAfter;
    private final String bodyExcerpt;

    public CamHttpException(String operation, int statusCode, String reason, Duration retryAfter, String bodyExcerpt) {
        super(operation, "HTTP " + statusCode + (reason == null || reason.isBlank() ? "" : " " + reason)
                + (retryAfter == null ? "" : " (Retry-After " + retryAfter.toSeconds() + "s)"));
        this.statusCode = statusCode;
        this.reason = reason;
        this.retryAfter = retryAfter;
        this.bodyExcerpt = bodyExcerpt == null ? "" : bodyExcerpt;
    }

    public int getStatusCode() {
        return statusCode;
    }

    public String getReason() {
        return reason;
    }

    /** The server's {@code Retry-After}, when it sent one (typically with 429 or 503). */
    public Optional<Duration> getRetryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The start of the response body (at most a few hundred characters), for logs and diagnosis. */
    public String getBodyExcerpt() {
        return bodyExcerpt;
    }
}

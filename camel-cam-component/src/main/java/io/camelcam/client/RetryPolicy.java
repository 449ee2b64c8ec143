package io.camelcam.client;

import java.time.Duration;
import java.util.Set;

import io.camelcam.client.error.CamConnectException;
import io.camelcam.client.error.CamException;
import io.camelcam.client.error.CamHttpException;
import io.camelcam.client.error.CamTransportException;

/**
 * When the client itself tries a call again. Read operations are idempotent, so by default they
 * are retried on transient failures (no connection, timeout, a connection that broke off, HTTP
 * 429/502/503/504). Write operations ({@code sendMessage}, ...) are never retried unless asked
 * for with {@code writeRetryStatuses}: statuses by which the server says it did NOT process the request
 * (429, 503), or a failure to connect (the request never left); an answer lost on the way back
 * is never retried for a write, because CAM may already have delivered it.
 *
 * @param readRetries        extra attempts for read operations (0 = none)
 * @param writeRetries       extra attempts for write operations on {@code writeRetryStatuses}
 * @param writeRetryStatuses HTTP statuses for which a write is tried again; 0 stands for "could not connect"
 * @param backoff            wait before the first retry, doubled each time, unless Retry-After says more
 * @param maxRetryAfter      the longest Retry-After honoured; a longer one fails at once
 */
public record RetryPolicy(int readRetries, int writeRetries, Set<Integer> writeRetryStatuses,
        Duration backoff, Duration maxRetryAfter) {

    /** Statuses a read is retried on. */
    public static final Set<Integer> TRANSIENT_STATUSES = Set.of(429, 502, 503, 504);
    /** Stands for "the connection could not be made" in {@code writeRetryStatuses}. */
    public static final int CONNECT_FAILURE = 0;

    /** Reads retried twice, writes never; 250 ms backoff, Retry-After honoured up to 30 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(2, 0, Set.of(), Duration.ofMillis(250), Duration.ofSeconds(30));
    public static final RetryPolicy NONE = new RetryPolicy(0, 0, Set.of(), Duration.ofMillis(250), Duration.ofSeconds(30));

    public RetryPolicy {
        if (readRetries < 0 || writeRetries < 0) {
            throw new IllegalArgumentException("retries must not be negative");
        }
        writeRetryStatuses = Set.copyOf(writeRetryStatuses);
        for (int status : writeRetryStatuses) {
            if (status != CONNECT_FAILURE && status != 429 && status != 503) {
                throw new IllegalArgumentException("a write may only be retried on 429, 503 or a connect failure (0): "
                        + "other answers do not prove CAM left it unprocessed; got " + status);
            }
        }
    }

    /**
     * How long to wait before attempt {@code failedAttempts + 1}, or null for "do not retry".
     */
    Duration delayBeforeRetry(boolean idempotent, int failedAttempts, CamException failure) {
        int allowed = idempotent ? readRetries : writeRetries;
        if (failedAttempts > allowed) {
            return null;
        }
        Duration wait = Backoff.before(failedAttempts, backoff);
        if (failure instanceof CamHttpException http) {
            boolean retryable = idempotent ? TRANSIENT_STATUSES.contains(http.getStatusCode())
                    : writeRetryStatuses.contains(http.getStatusCode());
            if (!retryable) {
                return null;
            }
            if (http.getRetryAfter().isPresent()) {
                Duration asked = http.getRetryAfter().get();
                if (asked.compareTo(maxRetryAfter) > 0) {
                    return null;
                }
                return asked.compareTo(wait) > 0 ? asked : wait;
            }
            return wait;
        }
        if (failure instanceof CamConnectException) {
            return idempotent || writeRetryStatuses.contains(CONNECT_FAILURE) ? wait : null;
        }
        if (failure instanceof CamTransportException) {
            // a timeout or a connection that broke off (a keep-alive connection CAM or a proxy closed
            // just as it was reused, a restart): harmless to repeat for a read, ambiguous for a write
            return idempotent ? wait : null;
        }
        return null;
    }
}

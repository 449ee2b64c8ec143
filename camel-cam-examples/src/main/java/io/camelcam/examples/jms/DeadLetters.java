package io.camelcam.examples.jms;

import org.apache.camel.Exchange;

import io.camelcam.client.error.CamApiException;
import io.camelcam.client.error.CamConnectException;
import io.camelcam.client.error.CamHttpException;
import io.camelcam.client.error.CamValidationException;

/**
 * What a failed send means for the message, written as headers on the copy parked in the
 * dead-letter queue, so whoever looks at it knows whether resending is safe.
 */
public final class DeadLetters {

    /** Why the message is here: one of {@link #REJECTED}, {@link #UNAVAILABLE}, {@link #OUTCOME_UNKNOWN}. */
    public static final String CAUSE = "DeadLetterCause";
    /** The failure, in words (never contains the API token). */
    public static final String REASON = "DeadLetterReason";
    /** CAM's error code when CAM answered with an error, e.g. {@code 404} for an unknown room. */
    public static final String CAM_ERROR_CODE = "CamErrorCode";

    /** CAM refused it, or it was invalid and never sent: fix it before sending it again. */
    public static final String REJECTED = "rejected";
    /** CAM did not process it (HTTP 429/503, or no connection) even after retries: safe to send again as is. */
    public static final String UNAVAILABLE = "unavailable";
    /**
     * It may have reached the room (timeout, broken connection, unreadable answer, HTTP 500/502/504),
     * after the last try or at once, as {@code jms-to-chat.unknown-outcome} says: check before resending.
     */
    public static final String OUTCOME_UNKNOWN = "outcome-unknown";

    private DeadLetters() {
    }

    /**
     * Whether CAM certainly did not process the message, so that sending it again cannot
     * duplicate it: no connection was made, or CAM answered 429 (too many requests) or 503.
     */
    public static boolean isSafeToResend(Throwable failure) {
        if (failure instanceof CamConnectException) {
            return true;
        }
        return failure instanceof CamHttpException http && (http.getStatusCode() == 429 || http.getStatusCode() == 503);
    }

    /**
     * Whether CAM may or may not have processed the message: the answer was lost (timeout, broken
     * connection), unreadable, or HTTP 500/502/504. Sending it again may post it twice.
     */
    public static boolean isOutcomeUnknown(Throwable failure) {
        return OUTCOME_UNKNOWN.equals(causeOf(failure));
    }

    /** The cause, as one of the constants above. */
    public static String causeOf(Throwable failure) {
        if (isSafeToResend(failure)) {
            return UNAVAILABLE;
        }
        if (failure instanceof CamApiException || failure instanceof CamValidationException) {
            return REJECTED;
        }
        if (failure instanceof CamHttpException http && http.getStatusCode() >= 400 && http.getStatusCode() < 500) {
            return REJECTED;
        }
        // a timeout or broken connection (CamTransportException), an unreadable answer to a request
        // CAM accepted (CamResponseException), HTTP 500/502/504, or anything unforeseen
        return OUTCOME_UNKNOWN;
    }

    /** Sets the dead-letter headers from the exception the route caught. */
    public static void describe(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        exchange.getMessage().setHeader(CAUSE, causeOf(failure));
        exchange.getMessage().setHeader(REASON, failure == null ? "unknown" : String.valueOf(failure.getMessage()));
        if (failure instanceof CamApiException api && api.getErrorCode() != null) {
            exchange.getMessage().setHeader(CAM_ERROR_CODE, api.getErrorCode());
        }
    }
}

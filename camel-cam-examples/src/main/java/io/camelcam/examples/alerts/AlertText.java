package io.camelcam.examples.alerts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.camel.Exchange;

/**
 * The text of an alert: which route failed, when and why, on one line. A chat room is read by
 * people, so there is no stack trace (that is in the log) and a long message is cut short.
 */
public final class AlertText {

    static final int MAX_REASON_LENGTH = 300;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")
            .withZone(ZoneId.systemDefault());

    private AlertText() {
    }

    public static String describe(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String route = exchange.getProperty(Exchange.FAILURE_ROUTE_ID, exchange.getFromRouteId(), String.class);
        return "⚠ " + route + " failed at " + TIME.format(Instant.now())
                + ": " + reason(failure);
    }

    static String reason(Throwable failure) {
        if (failure == null) {
            return "unknown error";
        }
        String message = failure.getMessage() == null || failure.getMessage().isBlank()
                ? failure.getClass().getSimpleName()
                : failure.getMessage().replaceAll("\\s+", " ").strip() + " (" + failure.getClass().getSimpleName() + ")";
        return message.length() <= MAX_REASON_LENGTH ? message : message.substring(0, MAX_REASON_LENGTH - 1) + "…";
    }
}

package io.camelcam.examples.alerts;

import org.apache.camel.Exchange;

/**
 * The mail that carries an alert CAM did not take: the alert as it would have been posted, then a
 * section with CAM's error. The error is the exception's message and type, which the component
 * writes without the API token; no stack trace, no request.
 */
public final class AlertMail {

    /** The route the alert is about, kept before a failed post to CAM becomes the exchange's latest failure. */
    public static final String FAILED_ROUTE = "alertedRoute";

    private AlertMail() {
    }

    /** Sets the subject and turns the alert text in the body into the mail's text. */
    public static void prepare(Exchange exchange) {
        String alert = exchange.getMessage().getBody(String.class);
        String room = exchange.getContext().resolvePropertyPlaceholders("{{ops-alert.room}}");
        Throwable camError = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String failedRoute = exchange.getProperty(FAILED_ROUTE, "a route", String.class);
        // the alert starts with ⚠ and may quote Japanese room names: say UTF-8, or it arrives garbled
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=UTF-8");
        exchange.getMessage().setHeader("Subject", "[ops alert] " + failedRoute + " failed (chat unavailable)");
        exchange.getMessage().setBody("""
                This alert could not be posted to the chat room %s, so it comes by mail.

                %s

                -- CAM's error --
                %s
                """.formatted(room, alert, AlertText.reason(camError)));
    }
}

package io.camelcam.examples.jms;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

import io.camelcam.client.error.CamException;
import io.camelcam.component.api.CamConstants;

/**
 * Messages on a JMS queue become chat messages. The JMS message's text is the chat message; its
 * optional string properties {@code room} and {@code users} (comma-separated e-mail addresses)
 * choose the room and the people mentioned.
 * <p>
 * The queue is read in a transaction: a message leaves it only once CAM has accepted it or it
 * has been parked in the dead-letter queue, so a crash mid-way means it is delivered again, never
 * lost. Failures are told apart by what they mean for the message:
 * <ul>
 * <li>CAM certainly did not process it (no connection, HTTP 429 or 503): tried again with
 * growing pauses, then parked as {@code unavailable};</li>
 * <li>CAM refused it ({@code CamErrorCode} header, e.g. 404 for an unknown room) or it is invalid:
 * parked as {@code rejected} at once;</li>
 * <li>it may have reached the room (timeout, broken connection, unreadable answer, HTTP 500/502/504):
 * what {@code jms-to-chat.unknown-outcome} says. {@code redeliver} (the default): tried again like
 * the first case, so the message reaches the room at least once, twice when only the answer was
 * lost; parked as {@code outcome-unknown} after the last try. {@code park}: parked as
 * {@code outcome-unknown} at once, never posted twice; a person decides.</li>
 * </ul>
 * Anything else (the dead-letter queue unreachable, a bug) rolls the transaction back, and the
 * broker delivers the message again.
 */
public class JmsToChatRoute extends RouteBuilder {

    static final String DEAD_LETTER_QUEUE = "jms:queue:{{jms.dead-letter-queue}}";
    static final String UNKNOWN_OUTCOME = "jms-to-chat.unknown-outcome";

    @Override
    public void configure() {
        // tag::route[]
        boolean redeliverUnknownOutcome = redeliverUnknownOutcome();

        onException(CamException.class)
                .onWhen(exchange -> DeadLetters.isSafeToResend(exchange.getException())
                        || redeliverUnknownOutcome && DeadLetters.isOutcomeUnknown(exchange.getException()))
                .maximumRedeliveries("{{jms-to-chat.maximum-redeliveries}}")
                .redeliveryDelay("{{jms-to-chat.redelivery-delay}}")
                .useExponentialBackOff()
                .maximumRedeliveryDelay("{{jms-to-chat.maximum-redelivery-delay}}")
                .retryAttemptedLogLevel(LoggingLevel.WARN)
                .logExhausted(false)
                .handled(true)
                .useOriginalMessage()
                .process(DeadLetters::describe)
                .to("direct:jms-to-chat-dead-letter");

        // maximumRedeliveries(0) must be said: a clause that takes over during a redelivery (a retried
        // message that CAM then refuses) otherwise inherits the retries of the clause above
        onException(CamException.class)
                .maximumRedeliveries(0)
                .logExhausted(false)
                .handled(true)
                .useOriginalMessage()
                .process(DeadLetters::describe)
                .to("direct:jms-to-chat-dead-letter");

        from("jms:queue:{{jms-to-chat.queue}}?transacted=true&cacheLevelName=CACHE_CONSUMER"
                + "&concurrentConsumers={{jms-to-chat.concurrent-consumers}}")
                .routeId("jms-to-chat")
                // JMS properties may choose the room and the people to mention; unset, the endpoint's room applies
                .setHeader(CamConstants.ROOM, header("room"))
                .setHeader(CamConstants.USERS, header("users"))
                .to("cam:sendMessage?room={{jms-to-chat.room}}");
        // end::route[]

        from("direct:jms-to-chat-dead-letter")
                .routeId("jms-to-chat-dead-letter")
                .log(LoggingLevel.WARN, "Message ${header.JMSMessageID} parked in {{jms.dead-letter-queue}} as "
                        + "${header." + DeadLetters.CAUSE + "}: ${header." + DeadLetters.REASON + "}")
                .to(DEAD_LETTER_QUEUE);
    }

    /** {@code redeliver} (at least once) or {@code park} (at most once); anything else stops the start-up. */
    private boolean redeliverUnknownOutcome() {
        String policy = getContext().resolvePropertyPlaceholders("{{" + UNKNOWN_OUTCOME + ":redeliver}}").strip();
        return switch (policy) {
            case "redeliver" -> true;
            case "park" -> false;
            default -> throw new IllegalArgumentException(UNKNOWN_OUTCOME + " must be redeliver or park, not '" + policy + "'");
        };
    }
}

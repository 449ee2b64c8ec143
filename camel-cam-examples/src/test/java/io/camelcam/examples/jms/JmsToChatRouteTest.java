package io.camelcam.examples.jms;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelcam.examples.RunningExamples;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.FaultKind;
import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.RecordedRequest;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The JMS example over the embedded Artemis broker: delivery, dead letters and redelivery, under
 * both policies for a failure whose outcome is unknown: {@code redeliver} (the default, at least
 * once) and {@code park} (at most once, in {@link WhenUnknownOutcomesAreParked}).
 */
class JmsToChatRouteTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    /** Short pauses between retries, so the tests do not wait for nothing; five retries, as configured by default. */
    static final Map<String, String> SHORT_PAUSES = Map.of(
            "camel.main.route-filter-include-pattern", "jms-to-chat*",
            "jms-to-chat.redelivery-delay", "10",
            "jms-to-chat.maximum-redelivery-delay", "50");

    @TempDir
    static Path workDir;

    static RunningExamples examples;

    @BeforeAll
    static void start() throws Exception {
        // the default policy: application.properties says jms-to-chat.unknown-outcome = redeliver
        examples = RunningExamples.start(SANDBOX.sandbox(), workDir, SHORT_PAUSES);
    }

    @AfterAll
    static void stop() throws Exception {
        examples.close();
    }

    @BeforeEach
    void emptyDeadLetterQueue() {
        drainDeadLetters(examples);
    }

    @Test
    void aMessageGoesToTheDefaultRoom(CamSandbox sandbox) {
        send(examples, "Order 1042 has shipped", Map.of());

        await().untilAsserted(() -> assertThat(sandbox.messagesIn("general")).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("Order 1042 has shipped")));
    }

    @Test
    void jmsPropertiesChooseTheRoomAndMentions(CamSandbox sandbox) {
        send(examples, "Disk 90% full on db-1", Map.of("room", "ops", "users", "oncall@example.com, bob@example.com"));

        await().untilAsserted(() -> assertThat(sandbox.messagesIn("ops")).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Disk 90% full on db-1");
            assertThat(m.users()).containsExactly("oncall@example.com", "bob@example.com");
        }));
    }

    @Test
    void aMessageCamRejectsIsParkedWithCamsErrorCode(CamSandbox sandbox) {
        send(examples, "to nowhere", Map.of("room", "no-such-room"));

        Exchange dead = deadLetter(examples);
        assertThat(dead.getMessage().getBody(String.class)).isEqualTo("to nowhere");
        assertThat(dead.getMessage().getHeaders())
                .containsEntry(DeadLetters.CAUSE, DeadLetters.REJECTED)
                .containsEntry(DeadLetters.CAM_ERROR_CODE, "404")
                .containsEntry("room", "no-such-room");
        assertThat(dead.getMessage().getHeader(DeadLetters.REASON, String.class)).contains("chat room 'no-such-room'");
        assertThat(sandbox.messages()).isEmpty();
        assertThat(sandbox.requests()).hasSize(1);
    }

    @Test
    void anInvalidMessageIsParkedWithoutReachingCam(CamSandbox sandbox) {
        send(examples, "   ", Map.of());

        Exchange dead = deadLetter(examples);
        assertThat(dead.getMessage().getHeader(DeadLetters.CAUSE)).isEqualTo(DeadLetters.REJECTED);
        assertThat(dead.getMessage().getHeader(DeadLetters.REASON, String.class)).contains("holds no message text");
        assertThat(dead.getMessage().getHeader(DeadLetters.CAM_ERROR_CODE)).isNull();
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aBusyCamIsAskedAgainAndTheMessageArrivesOnce(CamSandbox sandbox) {
        sandbox.faults().next(2).status(503).next(1).tooManyRequests(Duration.ZERO);
        send(examples, "after three refusals", Map.of());

        await().untilAsserted(() -> assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text)
                .containsExactly("after three refusals"));
        assertThat(sandbox.requests()).hasSize(4);
        assertThat(examples.consumer().receiveNoWait("jms:queue:DLQ")).isNull();
    }

    @Test
    void aCamThatStaysBusyLeavesTheMessageParkedAsSafeToResend(CamSandbox sandbox) {
        sandbox.faults().next(6).status(503);
        send(examples, "CAM is down", Map.of());

        Exchange dead = deadLetter(examples);
        assertThat(dead.getMessage().getHeader(DeadLetters.CAUSE)).isEqualTo(DeadLetters.UNAVAILABLE);
        assertThat(dead.getMessage().getHeader(DeadLetters.REASON, String.class)).contains("HTTP 503");
        assertThat(sandbox.requests()).hasSize(6);
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void anAnswerLostOnTheWayIsResentSoTheMessageArrivesAtLeastOnce(CamSandbox sandbox) {
        // CAM posts the message, then the connection breaks before the answer arrives: the price of at least once
        sandbox.faults().next(1).dropConnection();
        send(examples, "posted, but nobody heard back", Map.of());

        await().untilAsserted(() -> assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text)
                .containsExactly("posted, but nobody heard back", "posted, but nobody heard back"));
        assertThat(sandbox.requests()).extracting(RecordedRequest::fault).containsExactly("DROP_CONNECTION", null);
        assertThat(examples.consumer().receive("jms:queue:DLQ", 500)).isNull();
    }

    @Test
    void aServerErrorIsResentAndTheMessageArrivesOnce(CamSandbox sandbox) {
        // a 500 may or may not have posted it; this one (the sandbox's) did not
        sandbox.faults().next(1).status(500);
        send(examples, "after a server error", Map.of());

        await().untilAsserted(() -> assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text)
                .containsExactly("after a server error"));
        assertThat(sandbox.requests()).hasSize(2);
        assertThat(examples.consumer().receive("jms:queue:DLQ", 500)).isNull();
    }

    @Test
    void anOutcomeThatStaysUnknownIsParkedAfterTheLastTry(CamSandbox sandbox) {
        sandbox.faults().next(6).status(502);
        send(examples, "behind a broken gateway", Map.of());

        Exchange dead = deadLetter(examples);
        assertThat(dead.getMessage().getHeader(DeadLetters.CAUSE)).isEqualTo(DeadLetters.OUTCOME_UNKNOWN);
        assertThat(dead.getMessage().getHeader(DeadLetters.REASON, String.class)).contains("HTTP 502");
        assertThat(sandbox.requests()).hasSize(6);
    }

    @Test
    void aRetriedMessageThatCamThenRefusesIsParkedAtOnce(CamSandbox sandbox) {
        // the refusal is handled by the second clause, which must not inherit the first one's retries
        sandbox.faults().next(1).status(503).next(1).camError("404", "SC_NOT_FOUND");
        send(examples, "refused on the second try", Map.of());

        Exchange dead = deadLetter(examples);
        assertThat(dead.getMessage().getHeaders())
                .containsEntry(DeadLetters.CAUSE, DeadLetters.REJECTED)
                .containsEntry(DeadLetters.CAM_ERROR_CODE, "404");
        assertThat(sandbox.requests()).hasSize(2);
        assertThat(sandbox.messages()).isEmpty();
    }

    /**
     * One consumer sends one request at a time, so the seeded faults meet the same requests on every
     * run. Every message is posted or refused; a message is posted again, or posted and then refused,
     * exactly once per answer lost after CAM had posted it.
     */
    @Test
    void underRandomFaultsEveryMessageArrivesAndOnlyALostAnswerMakesADuplicate(CamSandbox sandbox) {
        Outcome outcome = sendUnderRandomFaults(examples, sandbox);

        List<String> missing = new ArrayList<>();
        outcome.sent.forEach(text -> {
            if (!outcome.posted.containsKey(text) && !outcome.parked.containsKey(text)) {
                missing.add(text);
            }
        });
        assertThat(missing).as("neither posted nor parked").isEmpty();
        assertThat(outcome.parked.values()).as("causes of the parked messages").containsOnly(DeadLetters.REJECTED);
        long resentAfterPosting = outcome.posted.entrySet().stream()
                .mapToLong(e -> e.getValue() - 1 + (outcome.parked.containsKey(e.getKey()) ? 1 : 0)).sum();
        long answersLostAfterPosting = sandbox.requests().stream()
                .filter(r -> r.fault() != null && FaultKind.valueOf(r.fault()).processesRequest() && r.camStatus() == 200)
                .count();
        assertThat(resentAfterPosting).as("messages sent again after CAM had posted them").isPositive()
                .isEqualTo(answersLostAfterPosting);
    }

    @Test
    void aPolicyThatIsNeitherRedeliverNorParkStopsTheStart() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.getPropertiesComponent().addInitialProperty(JmsToChatRoute.UNKNOWN_OUTCOME, "retry");

            assertThatThrownBy(() -> context.addRoutes(new JmsToChatRoute()))
                    .hasMessageContaining("jms-to-chat.unknown-outcome must be redeliver or park, not 'retry'");
        }
    }

    /** {@code jms-to-chat.unknown-outcome = park}: at most once. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WhenUnknownOutcomesAreParked {

        RunningExamples parking;

        @BeforeAll
        void start(@TempDir Path parkingWorkDir) throws Exception {
            Map<String, String> properties = new LinkedHashMap<>(SHORT_PAUSES);
            properties.put(JmsToChatRoute.UNKNOWN_OUTCOME, "park");
            parking = RunningExamples.start(SANDBOX.sandbox(), parkingWorkDir, properties);
        }

        @AfterAll
        void stop() throws Exception {
            parking.close();
        }

        @BeforeEach
        void emptyDeadLetterQueue() {
            drainDeadLetters(parking);
        }

        @Test
        void anAnswerLostOnTheWayIsNeverResentBlindly(CamSandbox sandbox) {
            // CAM posts the message, then the connection breaks before the answer arrives
            sandbox.faults().next(1).dropConnection();
            send(parking, "posted, but nobody heard back", Map.of());

            Exchange dead = deadLetter(parking);
            assertThat(dead.getMessage().getHeader(DeadLetters.CAUSE)).isEqualTo(DeadLetters.OUTCOME_UNKNOWN);
            assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text)
                    .containsExactly("posted, but nobody heard back");
            assertThat(sandbox.requests()).hasSize(1);
        }

        @Test
        void aServerErrorIsParkedAtOnce(CamSandbox sandbox) {
            sandbox.faults().next(1).status(500);
            send(parking, "after a server error", Map.of());

            Exchange dead = deadLetter(parking);
            assertThat(dead.getMessage().getHeader(DeadLetters.CAUSE)).isEqualTo(DeadLetters.OUTCOME_UNKNOWN);
            assertThat(sandbox.requests()).hasSize(1);
            assertThat(sandbox.messages()).isEmpty();
        }

        @Test
        void aBusyCamIsStillAskedAgain(CamSandbox sandbox) {
            sandbox.faults().next(1).status(503);
            send(parking, "after a refusal", Map.of());

            await().untilAsserted(() -> assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text)
                    .containsExactly("after a refusal"));
            assertThat(sandbox.requests()).hasSize(2);
        }

        @Test
        void underRandomFaultsEveryMessageEndsInTheRoomOrParkedAndNoneIsPostedTwice(CamSandbox sandbox) {
            Outcome outcome = sendUnderRandomFaults(parking, sandbox);

            List<String> missing = new ArrayList<>();
            outcome.sent.forEach(text -> {
                if (!outcome.posted.containsKey(text) && !outcome.parked.containsKey(text)) {
                    missing.add(text);
                }
            });
            assertThat(missing).as("neither posted nor parked").isEmpty();
            assertThat(outcome.posted.values()).as("posted twice").allMatch(n -> n == 1);
            outcome.parked.forEach((text, cause) -> {
                if (cause.equals(DeadLetters.OUTCOME_UNKNOWN)) {
                    assertThat(outcome.posted).as("%s, parked as %s", text, cause).containsKey(text);
                } else {
                    assertThat(outcome.posted).as("%s, parked as %s", text, cause).doesNotContainKey(text);
                }
            });
            assertThat(outcome.parked.values()).contains(DeadLetters.REJECTED, DeadLetters.OUTCOME_UNKNOWN);
        }
    }

    /** 200 messages sent while a quarter of the requests fail; what was posted, and what was parked why. */
    private static Outcome sendUnderRandomFaults(RunningExamples app, CamSandbox sandbox) {
        int count = 200;
        sandbox.faults().randomly(0.25, 7L, FaultKind.STATUS_503, FaultKind.TOO_MANY_REQUESTS, FaultKind.CAM_ERROR,
                FaultKind.DROP_CONNECTION, FaultKind.TRUNCATED_JSON);
        NotifyBuilder done = new NotifyBuilder(app.context()).fromRoute("jms-to-chat").whenDone(count).create();

        List<String> sent = IntStream.range(0, count).mapToObj(i -> "message " + i).toList();
        sent.forEach(text -> send(app, text, Map.of()));

        await().atMost(Duration.ofSeconds(60)).until(done::matches);
        sandbox.faults().clear();
        Map<String, String> parked = new HashMap<>();
        for (Exchange dead = app.consumer().receive("jms:queue:DLQ", 1000); dead != null;
                dead = app.consumer().receiveNoWait("jms:queue:DLQ")) {
            parked.put(dead.getMessage().getBody(String.class), dead.getMessage().getHeader(DeadLetters.CAUSE, String.class));
        }
        Map<String, Long> posted = sandbox.messagesIn("general").stream()
                .collect(Collectors.groupingBy(ReceivedMessage::text, Collectors.counting()));
        return new Outcome(sent, posted, parked);
    }

    private record Outcome(List<String> sent, Map<String, Long> posted, Map<String, String> parked) {
    }

    private static void send(RunningExamples app, String text, Map<String, Object> properties) {
        app.producer().sendBodyAndHeaders("jms:queue:chat", text, properties);
    }

    private static void drainDeadLetters(RunningExamples app) {
        while (app.consumer().receiveNoWait("jms:queue:DLQ") != null) {
            // drained
        }
    }

    private static Exchange deadLetter(RunningExamples app) {
        Exchange dead = app.consumer().receive("jms:queue:DLQ", Duration.ofSeconds(20).toMillis());
        assertThat(dead).as("a message in the dead-letter queue").isNotNull();
        return dead;
    }
}

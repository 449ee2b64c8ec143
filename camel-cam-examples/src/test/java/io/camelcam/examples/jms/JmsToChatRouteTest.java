package io.camelcam.examples.jms;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelcam.examples.RunningExamples;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.FaultKind;
import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The JMS example over the embedded Artemis broker: delivery, dead letters and redelivery. */
class JmsToChatRouteTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    @TempDir
    static Path workDir;

    static RunningExamples examples;

    @BeforeAll
    static void start() throws Exception {
        examples = RunningExamples.start(SANDBOX.sandbox(), workDir, Map.of(
                "camel.main.route-filter-include-pattern", "jms-to-chat*",
                // short pauses between retries, so the test does not wait for nothing
                "jms-to-chat.redelivery-delay", "10",
                "jms-to-chat.maximum-redelivery-delay", "50"));
    }

    @AfterAll
    static void stop() throws Exception {
        examples.close();
    }

    @BeforeEach
    void emptyDeadLetterQueue() {
        while (examples.consumer().receiveNoWait("jms:queue:DLQ") != null) {
            // drained
        }
    }

    @Test
    void aMessageGoesToTheDefaultRoom(CamSandbox sandbox) {
        send("Order 1042 has shipped", Map.of());

        await().untilAsserted(() -> assertThat(sandbox.messagesIn("general")).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("Order 1042 has shipped")));
    }

    @Test
    void jmsPropertiesChooseTheRoomAndMentions(CamSandbox sandbox) {
        send("Disk 90% full on db-1", Map.of("room", "ops", "users", "oncall@example.com, bob@example.com"));

        await().untilAsserted(() -> assertThat(sandbox.messagesIn("ops")).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Disk 90% full on db-1");
            assertThat(m.users()).containsExactly("oncall@example.com", "bob@example.com");
        }));
    }

    @Test
    void aMessageCamRejectsIsParkedWithCamsErrorCode(CamSandbox sandbox) {
        send("to nowhere", Map.of("room", "no-such-room"));

        Exchange dead = deadLetter();
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
        send("   ", Map.of());

        Exchange dead = deadLetter();
        assertThat(dead.getMessage().getHeader(DeadLetters.CAUSE)).isEqualTo(DeadLetters.REJECTED);
        assertThat(dead.getMessage().getHeader(DeadLetters.REASON, String.class)).contains("holds no message text");
        assertThat(dead.getMessage().getHeader(DeadLetters.CAM_ERROR_CODE)).isNull();
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aBusyCamIsAskedAgainAndTheMessageArrivesOnce(CamSandbox sandbox) {
        sandbox.faults().next(2).status(503).next(1).tooManyRequests(Duration.ZERO);
        send("after three refusals", Map.of());

        await().untilAsserted(() -> assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text)
                .containsExactly("after three refusals"));
        assertThat(sandbox.requests()).hasSize(4);
        assertThat(examples.consumer().receiveNoWait("jms:queue:DLQ")).isNull();
    }

    @Test
    void aCamThatStaysBusyLeavesTheMessageParkedAsSafeToResend(CamSandbox sandbox) {
        sandbox.faults().next(6).status(503);
        send("CAM is down", Map.of());

        Exchange dead = deadLetter();
        assertThat(dead.getMessage().getHeader(DeadLetters.CAUSE)).isEqualTo(DeadLetters.UNAVAILABLE);
        assertThat(dead.getMessage().getHeader(DeadLetters.REASON, String.class)).contains("HTTP 503");
        assertThat(sandbox.requests()).hasSize(6);
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void anAnswerLostOnTheWayIsNeverResentBlindly(CamSandbox sandbox) {
        // CAM posts the message, then the connection breaks before the answer arrives
        sandbox.faults().next(1).dropConnection();
        send("posted, but nobody heard back", Map.of());

        Exchange dead = deadLetter();
        assertThat(dead.getMessage().getHeader(DeadLetters.CAUSE)).isEqualTo(DeadLetters.OUTCOME_UNKNOWN);
        assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text)
                .containsExactly("posted, but nobody heard back");
        assertThat(sandbox.requests()).hasSize(1);
    }

    @Test
    void underRandomFaultsEveryMessageEndsInTheRoomOrParkedAndNoneIsPostedTwiceBlindly(CamSandbox sandbox) {
        int count = 200;
        sandbox.faults().randomly(0.25, 7L, FaultKind.STATUS_503, FaultKind.TOO_MANY_REQUESTS, FaultKind.CAM_ERROR,
                FaultKind.DROP_CONNECTION, FaultKind.TRUNCATED_JSON);
        NotifyBuilder done = new NotifyBuilder(examples.context()).fromRoute("jms-to-chat").whenDone(count).create();

        IntStream.range(0, count).forEach(i -> send("message " + i, Map.of()));

        await().atMost(Duration.ofSeconds(60)).until(() -> done.matches());
        sandbox.faults().clear();
        Map<String, String> parked = new HashMap<>();
        for (Exchange dead = examples.consumer().receive("jms:queue:DLQ", 1000); dead != null;
                dead = examples.consumer().receiveNoWait("jms:queue:DLQ")) {
            parked.put(dead.getMessage().getBody(String.class), dead.getMessage().getHeader(DeadLetters.CAUSE, String.class));
        }
        Map<String, Long> posted = sandbox.messagesIn("general").stream()
                .collect(Collectors.groupingBy(ReceivedMessage::text, Collectors.counting()));

        List<String> lost = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = "message " + i;
            if (!posted.containsKey(text) && !parked.containsKey(text)) {
                lost.add(text);
            }
        }
        assertThat(lost).as("neither posted nor parked").isEmpty();
        assertThat(posted.values()).as("posted twice").allMatch(n -> n == 1);
        parked.forEach((text, cause) -> {
            if (cause.equals(DeadLetters.OUTCOME_UNKNOWN)) {
                assertThat(posted).as("%s, parked as %s", text, cause).containsKey(text);
            } else {
                assertThat(posted).as("%s, parked as %s", text, cause).doesNotContainKey(text);
            }
        });
        assertThat(parked.values()).contains(DeadLetters.REJECTED, DeadLetters.OUTCOME_UNKNOWN);
    }

    private static void send(String text, Map<String, Object> properties) {
        examples.producer().sendBodyAndHeaders("jms:queue:chat", text, properties);
    }

    private static Exchange deadLetter() {
        Exchange dead = examples.consumer().receive("jms:queue:DLQ", Duration.ofSeconds(20).toMillis());
        assertThat(dead).as("a message in the dead-letter queue").isNotNull();
        return dead;
    }
}

package io.camelcam.component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.camelcam.client.error.CamConnectException;
import io.camelcam.client.error.CamException;
import io.camelcam.client.error.CamHttpException;
import io.camelcam.client.error.CamTimeoutException;
import io.camelcam.client.error.CamTransportException;
import io.camelcam.sandbox.RecordedRequest;
import io.camelcam.sandbox.SandboxFaults;
import io.camelcam.testing.LogCapture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Retries are the route's choice and never repeat a write CAM may have processed: sendMessage and
 * sendMessages are sent once unless retryOn opts in, and then only on answers by which CAM says it
 * did not process them; reads retry transient failures readRetries times (default 2).
 */
class RetriesRouteTest extends CamTestSupport {

    /** The two message operations, each with a List or text body it accepts. */
    static Stream<Arguments> writes() {
        return Stream.of(Arguments.of("cam:sendMessage?room=ops&responseTimeout=1s", "hello"),
                Arguments.of("cam:sendMessages?room=ops&responseTimeout=1s", List.of("hello")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void aWriteIsSentOnceWhateverGoesWrong(String uri, Object body) throws Exception {
        List<Consumer<SandboxFaults>> faults = List.of(f -> f.next(1).status(503),
                f -> f.next(1).tooManyRequests(Duration.ZERO), f -> f.next(1).status(502),
                f -> f.next(1).dropConnection(), f -> f.next(1).delay(Duration.ofSeconds(5)));
        for (Consumer<SandboxFaults> fault : faults) {
            fault.accept(SANDBOX.sandbox().faults());
            assertThat(sendAndWait(uri, body).getException()).isInstanceOf(CamException.class);
        }

        assertThat(SANDBOX.sandbox().requests()).as("one request per exchange").hasSize(faults.size());
        // the dropped and the late answer were processed: CAM sent those two, once each
        assertThat(SANDBOX.sandbox().messagesIn("ops")).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void retryOnRetriesRefusalsUntilCamTakesTheMessage(String uri, Object body) throws Exception {
        SANDBOX.sandbox().faults().next(1).status(503).next(1).tooManyRequests(Duration.ZERO);

        Exchange out = sendAndWait(uri + "&retryOn=429,503,connect&retryBackoff=10ms", body);

        assertThat(out.getException()).isNull();
        assertThat(SANDBOX.sandbox().requests()).extracting(RecordedRequest::httpStatus).containsExactly(503, 429, 200);
        assertThat(SANDBOX.sandbox().messagesIn("ops")).hasSize(1);
    }

    @Test
    void retryOnIsCappedByWriteRetries() throws Exception {
        SANDBOX.sandbox().faults().next(5).status(503);

        Exchange out = sendAndWait("cam:sendMessage?room=ops&retryOn=503&writeRetries=2&retryBackoff=10ms", "capped");

        assertThat(out.getException()).isInstanceOfSatisfying(CamHttpException.class,
                e -> assertThat(e.getStatusCode()).isEqualTo(503));
        assertThat(SANDBOX.sandbox().requests()).hasSize(3);
        assertThat(SANDBOX.sandbox().messagesIn("ops")).isEmpty();
    }

    @Test
    void retryOnOnlyCoversTheStatusesItNames() throws Exception {
        SANDBOX.sandbox().faults().next(1).tooManyRequests(Duration.ZERO);

        Exchange out = sendAndWait("cam:sendMessage?room=ops&retryOn=503&retryBackoff=10ms", "429 is not named");

        assertThat(out.getException()).isInstanceOf(CamHttpException.class);
        assertThat(SANDBOX.sandbox().requests()).hasSize(1);
    }

    @Test
    void retryOnWaitsTheRetryAfterCamAsksFor() throws Exception {
        SANDBOX.sandbox().faults().next(1).tooManyRequests(Duration.ofSeconds(1));

        Exchange out = sendAndWait("cam:sendMessage?room=ops&retryOn=429&retryBackoff=10ms&maxRetryAfter=5s", "patient");

        assertThat(out.getException()).isNull();
        List<RecordedRequest> requests = SANDBOX.sandbox().requests();
        assertThat(requests).hasSize(2);
        // a lower bound only, read off CAM's clock: the backoff alone (10 ms) would have come back sooner
        assertThat(Duration.between(requests.get(0).at(), requests.get(1).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aRetryAfterLongerThanMaxRetryAfterFailsAtOnce() throws Exception {
        SANDBOX.sandbox().faults().next(1).tooManyRequests(Duration.ofSeconds(60));

        Exchange out = sendAndWait("cam:sendMessage?room=ops&retryOn=429&maxRetryAfter=2s", "impatient");

        assertThat(out.getException()).isInstanceOfSatisfying(CamHttpException.class,
                e -> assertThat(e.getRetryAfter()).contains(Duration.ofSeconds(60)));
        assertThat(SANDBOX.sandbox().requests()).hasSize(1);
    }

    @Test
    void retryOnNeverRepeatsAWriteAfterATimeoutOrABrokenConnection() throws Exception {
        String uri = "cam:sendMessage?room=ops&responseTimeout=1s&retryOn=429,503,connect&writeRetries=3&retryBackoff=10ms";
        SANDBOX.sandbox().faults().next(1).dropConnection();
        assertThat(sendAndWait(uri, "dropped").getException()).isExactlyInstanceOf(CamTransportException.class);
        SANDBOX.sandbox().faults().next(1).delay(Duration.ofSeconds(5));
        assertThat(sendAndWait(uri, "late").getException()).isExactlyInstanceOf(CamTimeoutException.class);

        assertThat(SANDBOX.sandbox().requests()).hasSize(2);
        assertThat(SANDBOX.sandbox().messagesIn("ops")).extracting(m -> m.text()).containsExactly("dropped", "late");
    }

    @Test
    void retryOnConnectWaitsForCamToComeBackAndSendsOnce() throws Exception {
        SANDBOX.sandbox().stop();
        CompletableFuture<Exchange> pending;
        try (LogCapture log = LogCapture.open()) {
            pending = template.asyncSend("cam:sendMessage?room=ops&retryOn=connect&writeRetries=10&retryBackoff=200ms",
                    e -> e.getMessage().setBody("once CAM is back"));
            await().atMost(Duration.ofSeconds(60)).until(() -> log.lines().stream()
                    .anyMatch(line -> line.contains("CAM sendMessage failed (attempt 1), retrying")));
        } finally {
            SANDBOX.sandbox().start();
        }

        assertThat(pending.get(120, TimeUnit.SECONDS).getException()).isNull();
        assertThat(SANDBOX.sandbox().requests()).hasSize(1);
        assertThat(SANDBOX.sandbox().messagesIn("ops")).hasSize(1);
    }

    /** Transient failures of a read, each of which the default readRetries=2 rides out twice. */
    static Stream<Arguments> transientReadFailures() {
        return Stream.of(Arguments.of("HTTP 502", (Consumer<SandboxFaults>) f -> f.next(2).status(502)),
                Arguments.of("HTTP 503", (Consumer<SandboxFaults>) f -> f.next(2).status(503)),
                Arguments.of("HTTP 504", (Consumer<SandboxFaults>) f -> f.next(2).status(504)),
                Arguments.of("HTTP 429", (Consumer<SandboxFaults>) f -> f.next(2).tooManyRequests(Duration.ZERO)),
                Arguments.of("response timeout", (Consumer<SandboxFaults>) f -> f.next(2).delay(Duration.ofSeconds(5))),
                Arguments.of("connection dropped", (Consumer<SandboxFaults>) f -> f.next(2).dropConnection()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transientReadFailures")
    void aReadRidesOutTwoTransientFailuresByDefault(String name, Consumer<SandboxFaults> twice) throws Exception {
        twice.accept(SANDBOX.sandbox().faults());

        Exchange out = sendAndWait("cam:getConferenceRoomStatus?month=202611&responseTimeout=1s", null);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(List.class)).isNotEmpty();
        assertThat(SANDBOX.sandbox().requests()).hasSize(3);
    }

    @Test
    void aReadGivesUpAfterReadRetries() throws Exception {
        SANDBOX.sandbox().faults().next(3).status(503);

        Exchange out = sendAndWait("cam:getConferenceMaster", null);

        assertThat(out.getException()).isInstanceOfSatisfying(CamHttpException.class,
                e -> assertThat(e.getStatusCode()).isEqualTo(503));
        assertThat(SANDBOX.sandbox().requests()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(ints = { 500, 520 })
    void aReadIsNotRetriedOnAnswersThatWillNotChange(int status) throws Exception {
        if (status == 500) {
            SANDBOX.sandbox().faults().next(1).status(500);
        } else {
            SANDBOX.sandbox().faults().next(1).camError("404", "SC_NOT_FOUND");
        }

        assertThat(sendAndWait("cam:getConferenceMaster", null).getException()).isNotNull();
        assertThat(SANDBOX.sandbox().requests()).hasSize(1);
    }

    /**
     * The redelivery policy docs/errors-and-retries.md gives (delays shortened, a mock for the dead
     * letter queue; keep the two in step): redeliver what CAM certainly did not process, park the rest,
     * including a redelivery that ends in a failure of another kind.
     */
    @Test
    void theDocumentedRedeliveryPolicyNeverDuplicatesAMessage() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(CamConnectException.class)
                        .maximumRedeliveries(5).redeliveryDelay(10).useExponentialBackOff().maximumRedeliveryDelay(100)
                        .handled(true)
                        .to("mock:dlq");
                onException(CamHttpException.class)
                        .onWhen(simple("${exception.statusCode} == 429 || ${exception.statusCode} == 503"))
                        .maximumRedeliveries(5).redeliveryDelay(10).useExponentialBackOff().maximumRedeliveryDelay(100)
                        .handled(true)
                        .to("mock:dlq");
                onException(CamException.class)
                        .maximumRedeliveries(0)
                        .handled(true)
                        .to("mock:dlq");

                from("direct:notify").to("cam:sendMessage?room=ops&responseTimeout=1s").to("mock:sent");
            }
        });
        MockEndpoint sent = getMockEndpoint("mock:sent");
        MockEndpoint dlq = getMockEndpoint("mock:dlq");

        SANDBOX.sandbox().faults().next(1).status(503).next(1).tooManyRequests(Duration.ZERO);
        template.sendBody("direct:notify", "refused twice, then taken");
        SANDBOX.sandbox().faults().next(1).dropConnection();
        template.sendBody("direct:notify", "dropped after CAM took it");
        SANDBOX.sandbox().faults().next(1).delay(Duration.ofSeconds(5));
        template.sendBody("direct:notify", "answered too late");
        SANDBOX.sandbox().faults().next(1).truncatedJson();
        template.sendBody("direct:notify", "answered garbled");
        // a redelivery that fails differently (refused, then dropped after CAM took it) is parked, not redelivered again
        SANDBOX.sandbox().faults().next(1).status(503).next(1).dropConnection();
        template.sendBody("direct:notify", "refused, then dropped");
        SANDBOX.sandbox().faults().next(6).status(503);
        template.sendBody("direct:notify", "refused six times");

        sent.expectedBodiesReceived("refused twice, then taken");
        dlq.expectedBodiesReceived("dropped after CAM took it", "answered too late", "answered garbled",
                "refused, then dropped", "refused six times");
        MockEndpoint.assertIsSatisfied(context);
        assertThat(SANDBOX.sandbox().requests()).hasSize(3 + 1 + 1 + 1 + 2 + 6);
        assertThat(SANDBOX.sandbox().messagesIn("ops")).extracting(m -> m.text()).containsExactly("refused twice, then taken",
                "dropped after CAM took it", "answered too late", "answered garbled", "refused, then dropped");
    }

    private Exchange sendAndWait(String uri, Object body) throws Exception {
        return template.asyncSend(uri, e -> e.getMessage().setBody(body)).get(120, TimeUnit.SECONDS);
    }
}

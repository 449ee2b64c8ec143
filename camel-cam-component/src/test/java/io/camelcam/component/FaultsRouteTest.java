package io.camelcam.component;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import com.fasterxml.jackson.core.JsonProcessingException;

import io.camelcam.client.CamHttpTransport;
import io.camelcam.client.error.CamApiException;
import io.camelcam.client.error.CamConnectException;
import io.camelcam.client.error.CamHttpException;
import io.camelcam.client.error.CamResponseException;
import io.camelcam.client.error.CamTimeoutException;
import io.camelcam.client.error.CamTransportException;
import io.camelcam.sandbox.FaultKind;
import io.camelcam.sandbox.SandboxFaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Every fault the network or CAM can throw at a call surfaces as its documented exception type,
 * with the HTTP status and Retry-After where there is one, no write is silently repeated, and no
 * pooled connection stays leased afterwards. Timeouts are configured small; the exception type
 * proves which one fired.
 */
class FaultsRouteTest extends CamTestSupport {

    /** A write and a read, each with a one-second response timeout and no retry of its own. */
    static final String WRITE = "cam:sendMessage?room=ops&responseTimeout=1s";
    static final String READ = "cam:getConferenceMaster?readRetries=0&responseTimeout=1s";

    /** A fault the sandbox injects, the kind it is, and what the exchange must then carry. */
    record ServerFault(String name, FaultKind kind, Consumer<SandboxFaults> inject, Consumer<Throwable> expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> serverFaults() {
        List<ServerFault> faults = List.of(
                new ServerFault("HTTP 500", FaultKind.STATUS_500, f -> f.next(1).status(500), http(500)),
                new ServerFault("HTTP 502", FaultKind.STATUS_502, f -> f.next(1).status(502), http(502)),
                new ServerFault("HTTP 503", FaultKind.STATUS_503, f -> f.next(1).status(503), http(503)),
                new ServerFault("HTTP 504", FaultKind.STATUS_504, f -> f.next(1).status(504), http(504)),
                new ServerFault("HTTP 429 with Retry-After 7 s", FaultKind.TOO_MANY_REQUESTS,
                        f -> f.next(1).tooManyRequests(Duration.ofSeconds(7)), failure -> assertThat(failure)
                                .isInstanceOfSatisfying(CamHttpException.class, e -> {
                                    assertThat(e.getStatusCode()).isEqualTo(429);
                                    assertThat(e.getRetryAfter()).contains(Duration.ofSeconds(7));
                                })),
                new ServerFault("CAM status 520", FaultKind.CAM_ERROR, f -> f.next(1).camError("404", "SC_NOT_FOUND"),
                        failure -> assertThat(failure).isInstanceOfSatisfying(CamApiException.class,
                                e -> assertThat(e.getErrorCode()).isEqualTo("404"))),
                new ServerFault("answer slower than the response timeout", FaultKind.DELAY,
                        f -> f.next(1).delay(Duration.ofSeconds(5)),
                        failure -> assertThat(failure).isExactlyInstanceOf(CamTimeoutException.class)),
                new ServerFault("truncated JSON", FaultKind.TRUNCATED_JSON, f -> f.next(1).truncatedJson(),
                        failure -> assertThat(failure).isExactlyInstanceOf(CamResponseException.class)
                                .hasCauseInstanceOf(JsonProcessingException.class)),
                new ServerFault("connection dropped mid-response", FaultKind.DROP_CONNECTION, f -> f.next(1).dropConnection(),
                        failure -> assertThat(failure).isExactlyInstanceOf(CamTransportException.class)));
        return faults.stream().flatMap(fault -> Stream.of(Arguments.of(fault, WRITE), Arguments.of(fault, READ)));
    }

    private static Consumer<Throwable> http(int status) {
        return failure -> assertThat(failure).isInstanceOfSatisfying(CamHttpException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(status);
            assertThat(e.getRetryAfter()).isEmpty();
            assertThat(e.getBodyExcerpt()).contains("sandbox fault");
        });
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("serverFaults")
    void serverFaultsSurfaceAsTheirTypeOnceAndLeakNothing(ServerFault fault, String uri) throws Exception {
        fault.inject().accept(SANDBOX.sandbox().faults());

        fault.expect().accept(sendAndWait(uri, "fault test").getException());
        assertThat(SANDBOX.sandbox().requests()).as("requests: none repeated").hasSize(1)
                .first().satisfies(r -> assertThat(r.fault()).isEqualTo(fault.kind().name()));
        if (uri.equals(WRITE)) {
            // the faults that answer after processing leave the outcome unknown to the client: CAM did send it
            assertThat(SANDBOX.sandbox().messagesIn("ops")).hasSize(fault.kind().processesRequest() ? 1 : 0);
        }
        awaitNoConnectionLeased();
    }

    @ParameterizedTest
    @ValueSource(strings = { WRITE, READ })
    void connectionRefusedIsAConnectException(String uri) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Exchange out = sendAndWait(uri + "&serverUrl=http://127.0.0.1:" + closedPort, "refused");

        assertThat(out.getException()).isExactlyInstanceOf(CamConnectException.class).hasCauseInstanceOf(ConnectException.class);
        awaitNoConnectionLeased();
    }

    @ParameterizedTest
    @ValueSource(strings = { WRITE, READ })
    void connectTimeoutIsAConnectException(String uri) throws Exception {
        try (FullBacklogServer silent = new FullBacklogServer()) {
            // the response timeout is long: only the connect timeout can end this call
            Exchange out = sendAndWait(uri.replace("responseTimeout=1s", "responseTimeout=60s") + "&connectTimeout=1s"
                    + "&serverUrl=http://127.0.0.1:" + silent.port(), "unanswered");

            assertThat(out.getException()).isExactlyInstanceOf(CamConnectException.class)
                    .hasCauseInstanceOf(ConnectTimeoutException.class);
        }
        awaitNoConnectionLeased();
    }

    @Test
    void camDownIsAConnectExceptionAndItsReturnNeedsNothing() throws Exception {
        SANDBOX.sandbox().stop();
        try {
            assertThat(sendAndWait(WRITE, "while down").getException()).isExactlyInstanceOf(CamConnectException.class);
        } finally {
            SANDBOX.sandbox().start();
        }
        assertThat(sendAndWait(WRITE, "back up").getException()).isNull();

        assertThat(SANDBOX.sandbox().messagesIn("ops")).extracting(m -> m.text()).containsExactly("back up");
        awaitNoConnectionLeased();
    }

    @Test
    void camRestartingBetweenMessagesDoesNotFailTheNextOne() throws Exception {
        assertThat(sendAndWait(WRITE, "before").getException()).isNull();
        assertThat(sendAndWait(READ, null).getException()).isNull();

        // every pooled keep-alive connection dies with the restart
        SANDBOX.sandbox().restart();

        assertThat(sendAndWait(WRITE, "after").getException()).isNull();
        assertThat(sendAndWait(READ, null).getException()).isNull();
        assertThat(SANDBOX.sandbox().messagesIn("ops")).extracting(m -> m.text()).containsExactly("before", "after");
        assertThat(SANDBOX.sandbox().requests()).hasSize(4);
        awaitNoConnectionLeased();
    }

    @Test
    void camGoingDownMidRequestFailsThatCallAsOutcomeUnknown() throws Exception {
        SANDBOX.sandbox().faults().next(1).delay(Duration.ofSeconds(30));
        CompletableFuture<Exchange> inFlight = template.asyncSend(WRITE.replace("responseTimeout=1s", "responseTimeout=60s"),
                e -> e.getMessage().setBody("in flight"));
        await().atMost(Duration.ofSeconds(30)).until(() -> SANDBOX.sandbox().requests().size() == 1);

        SANDBOX.sandbox().stop();
        try {
            Exchange failed = inFlight.get(60, TimeUnit.SECONDS);
            assertThat(failed.getException()).isExactlyInstanceOf(CamTransportException.class);
        } finally {
            SANDBOX.sandbox().start();
        }
        assertThat(sendAndWait(WRITE, "next").getException()).isNull();
        awaitNoConnectionLeased();
    }

    @Test
    void exportBrokenOffMidBodyFailsTheExchangeAsATransportFailure() throws Exception {
        SANDBOX.sandbox().faults().next(1).dropConnection();

        Exchange out = sendAndWait("cam:exportUsers?apiToken={{cam.adminToken}}&outputType=list&readRetries=0", null);

        assertThat(out.getException()).isExactlyInstanceOf(CamTransportException.class);
        awaitNoConnectionLeased();
    }

    @Test
    void exportStreamBrokenOffMidBodyThrowsToItsReader() throws Exception {
        SANDBOX.sandbox().faults().next(1).dropConnection();

        Exchange out = sendAndWait("cam:exportUsers?apiToken={{cam.adminToken}}&readRetries=0", null);

        // the head arrived whole, so the exchange went on; the break shows where the body is read
        assertThat(out.getException()).isNull();
        try (InputStream csv = out.getMessage().getBody(InputStream.class)) {
            assertThatThrownBy(csv::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("broke off");
        }
        awaitNoConnectionLeased();
    }

    /** Sends and waits generously for the exchange to complete, so a hang fails the test instead of the build. */
    private Exchange sendAndWait(String uri, Object body) throws Exception {
        return template.asyncSend(uri, e -> e.getMessage().setBody(body)).get(120, TimeUnit.SECONDS);
    }

    private void awaitNoConnectionLeased() {
        List<CamHttpTransport> transports = context.getEndpoints().stream()
                .filter(CamEndpoint.class::isInstance).map(e -> ((CamEndpoint) e).getClient())
                .filter(java.util.Objects::nonNull).map(c -> c.getTransport()).distinct().toList();
        assertThat(transports).isNotEmpty();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(transports).allSatisfy(t -> {
            assertThat(t.poolStats().getLeased()).as("leased").isZero();
            assertThat(t.poolStats().getPending()).as("pending").isZero();
        }));
    }
}

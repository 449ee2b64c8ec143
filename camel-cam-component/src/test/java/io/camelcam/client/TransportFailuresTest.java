package io.camelcam.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.client.error.CamResponseException;
import io.camelcam.client.error.CamTimeoutException;
import io.camelcam.client.error.CamTransportException;
import io.camelcam.client.model.CsvDownload;
import io.camelcam.client.model.ReservationPeriod;
import io.camelcam.sandbox.junit.CamSandboxExtension;
import io.camelcam.testing.ChildJvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What the client does when the transport misbehaves: a body that stops arriving or is cut short,
 * an answer too large to buffer, an I/O thread that dies. Each ends in one of the component's
 * exceptions within about the response timeout, never in a wait without end, never in a short CSV
 * taken for a whole one.
 */
class TransportFailuresTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    private CamHttpTransport transport;
    private CamClient client;
    private CamClient admin;

    @BeforeEach
    void createClients() {
        transport = CamHttpTransport.builder().maxConnections(4).build();
        client = CamClient.builder().serverUrl(SANDBOX.url()).apiToken(SANDBOX.userToken()).transport(transport)
                .responseTimeout(Duration.ofSeconds(10)).retryPolicy(RetryPolicy.NONE).build();
        admin = CamClient.builder().serverUrl(SANDBOX.url()).apiToken(SANDBOX.adminToken()).transport(transport)
                .responseTimeout(Duration.ofSeconds(1)).retryPolicy(RetryPolicy.NONE).build();
    }

    @AfterEach
    void close() {
        transport.close();
    }

    private CsvDownload export() throws Exception {
        return admin.exportUsers("users.csv").get(30, TimeUnit.SECONDS);
    }

    @Test
    void aStreamedBodyThatStopsArrivingFailsItsReaderWithTheTimeoutException() throws Exception {
        SANDBOX.sandbox().faults().next(1).on("exportUsers").stallBody(Duration.ofSeconds(60));

        try (InputStream csv = export().getInputStream()) {
            assertThatThrownBy(csv::readAllBytes).isInstanceOf(IOException.class)
                    .hasCauseInstanceOf(CamTimeoutException.class)
                    .hasMessageContaining("no answer within the response timeout")
                    .hasMessageContaining("bytes of the body");
        }
        awaitNoConnectionLeased();
    }

    @Test
    void aChunkedBodyWithoutItsLastChunkIsAnErrorNotAShortCsv() throws Exception {
        SANDBOX.sandbox().faults().next(1).on("exportUsers").cutChunked();

        try (InputStream csv = export().getInputStream()) {
            assertThatThrownBy(csv::readAllBytes).isInstanceOf(IOException.class)
                    .hasCauseInstanceOf(CamTransportException.class);
        }
        awaitNoConnectionLeased();
    }

    @Test
    void aBodyShorterThanItsContentLengthIsAnErrorNotAShortCsv() throws Exception {
        SANDBOX.sandbox().faults().next(1).on("exportUsers").dropConnection();

        try (InputStream csv = export().getInputStream()) {
            assertThatThrownBy(csv::readAllBytes).isInstanceOf(IOException.class)
                    .hasCauseInstanceOf(CamTransportException.class)
                    .hasMessageContaining("broke off");
        }
        awaitNoConnectionLeased();
    }

    @Test
    void aWholeBodyIsReadToItsEndAndGivesItsConnectionBack() throws Exception {
        try (InputStream csv = export().getInputStream()) {
            String text = new String(csv.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("email,").contains("alice@example.com");
        }
        awaitNoConnectionLeased();
    }

    @Test
    void aJsonAnswerLargerThanTheBoundFailsWithoutBeingBuffered() {
        SANDBOX.sandbox().faults().next(1).on("getConferenceMaster").oversizedAnswer(40L * 1024 * 1024);

        assertThatThrownBy(() -> client.getConferenceMaster().get(60, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(CamResponseException.class)
                .hasMessageContaining("larger than maxResponseSize (16777216 bytes)");
        awaitNoConnectionLeased();
    }

    @Test
    void anAnswerOfHundredsOfMegabytesCannotExhaustASmallHeap() throws Exception {
        SANDBOX.sandbox().faults().next(1).on("getConferenceMaster").oversizedAnswer(400L * 1024 * 1024);

        ChildJvm.Outcome child = ChildJvm.run(List.of("-Xmx32m"), LargeAnswerMain.class,
                List.of(SANDBOX.url(), SANDBOX.userToken()), Duration.ofMinutes(2));

        assertThat(child.exitCode()).as("%s", child).isZero();
        assertThat(child.line("RESULT ")).startsWith(CamResponseException.class.getName())
                .contains("larger than maxResponseSize (16777216 bytes)");
    }

    @Test
    void anAnnouncedLengthOverTheBoundFailsBeforeTheBodyIsRead() throws Exception {
        CamClient small = CamClient.builder().serverUrl(SANDBOX.url()).apiToken(SANDBOX.userToken()).transport(transport)
                .maxResponseSize(1024).retryPolicy(RetryPolicy.NONE).build();

        assertThatThrownBy(() -> small.getConferenceRoomStatus(ReservationPeriod.ofMonth(YearMonth.now())).get(30, TimeUnit.SECONDS))
                .cause().isInstanceOf(CamResponseException.class)
                .hasMessageContaining("larger than maxResponseSize (1024 bytes): Content-Length");
        awaitNoConnectionLeased();
    }

    @Test
    void anIoThreadThatDiesFailsTheCallsInFlightAndTheTransportStartsAfresh() throws Exception {
        SANDBOX.sandbox().faults().next(1).on("createQuickCall").delay(Duration.ofSeconds(30));
        CompletableFuture<?> waiting = client.createQuickCall(Instant.now().plusSeconds(3600), null);
        await().atMost(Duration.ofSeconds(10)).until(() -> transport.poolStats().getLeased() == 1);

        IoThreadFaults.killIoThread(transport, SANDBOX.url(), SANDBOX.userToken(), new OutOfMemoryError("injected"));

        assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS))
                .cause().isInstanceOf(CamTransportException.class)
                .hasMessageContaining("an HttpClient I/O thread died of java.lang.OutOfMemoryError: injected")
                .hasMessageContaining("outcome unknown");
        assertThat(transport.lastFailure()).isNotNull()
                .satisfies(f -> assertThat(f.error()).isEqualTo("java.lang.OutOfMemoryError: injected"));

        // the next call gets a fresh HttpClient
        assertThat(client.getConferenceMaster().get(10, TimeUnit.SECONDS)).isNotEmpty();
        assertThat(transport.restarts()).isEqualTo(1);
    }

    private void awaitNoConnectionLeased() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(transport.poolStats().getLeased()).as("leased").isZero();
            assertThat(transport.poolStats().getPending()).as("pending").isZero();
        });
    }
}

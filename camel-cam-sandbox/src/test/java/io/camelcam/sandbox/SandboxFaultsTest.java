package io.camelcam.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.sandbox.junit.CamSandboxExtension;

import static io.camelcam.sandbox.RawHttpClient.get;
import static io.camelcam.sandbox.RawHttpClient.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxFaultsTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    private static RawHttpClient.Answer sendHello() {
        return post(SANDBOX.sandbox(), "sendMessage", SANDBOX.userToken(), "message", RawHttpClient.message("general", "hello", null));
    }

    private static RawHttpClient.Answer master() {
        return get(SANDBOX.sandbox(), "/getConferenceMaster", SANDBOX.userToken());
    }

    @Test
    void statusFaultsAnswerWithoutProcessing() {
        SANDBOX.sandbox().faults().next(3).status(503);

        for (int i = 0; i < 3; i++) {
            RawHttpClient.Answer answer = sendHello();
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.body()).isEqualTo("sandbox fault: HTTP 503\n");
        }
        assertThat(SANDBOX.sandbox().messageCount()).isZero();
        assertThat(sendHello().status()).isEqualTo(200);
        assertThat(SANDBOX.sandbox().messageCount()).isOne();
        assertThat(SANDBOX.sandbox().requests()).extracting(RecordedRequest::fault)
                .containsExactly("STATUS_503", "STATUS_503", "STATUS_503", null);
        assertThat(SANDBOX.sandbox().requests()).extracting(RecordedRequest::httpStatus).containsExactly(503, 503, 503, 200);
    }

    @Test
    void aFaultScopedToAnOperationLeavesOthersAlone() {
        SANDBOX.sandbox().faults().next(1).on("sendMessage").status(500).next(1).on("getConferenceMaster").status(502);

        assertThat(post(SANDBOX.sandbox(), "getConferenceRooms", SANDBOX.userToken()).status()).isEqualTo(200);
        assertThat(sendHello().status()).isEqualTo(500);
        assertThat(sendHello().status()).isEqualTo(200);
        assertThat(master().status()).isEqualTo(502);
        assertThat(SANDBOX.sandbox().faults().pending()).isEmpty();
    }

    @Test
    void tooManyRequestsCarriesRetryAfterInWholeSeconds() {
        SANDBOX.sandbox().faults().next(2).tooManyRequests(Duration.ofSeconds(2)).next(1).tooManyRequests(Duration.ofMillis(1500));

        for (String expected : List.of("2", "2", "2")) {
            RawHttpClient.Answer answer = sendHello();
            assertThat(answer.status()).isEqualTo(429);
            assertThat(answer.header("Retry-After")).isEqualTo(expected);
        }
        assertThat(SANDBOX.sandbox().messageCount()).isZero();
        assertThat(SANDBOX.sandbox().requests()).extracting(RecordedRequest::fault).containsOnly("TOO_MANY_REQUESTS");
    }

    @Test
    void camErrorAnswers520WithoutProcessing() {
        SANDBOX.sandbox().faults().next(1).camError("404", "SC_NOT_FOUND");

        RawHttpClient.Answer answer = sendHello();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"status\":520,\"errors\":[{\"code\":\"404\",\"message\":\"SC_NOT_FOUND\"}]}");
        assertThat(SANDBOX.sandbox().messageCount()).isZero();
        assertThat(SANDBOX.sandbox().requests().get(0).errorCodes()).containsExactly("404");
    }

    @Test
    void delayProcessesThenAnswersLate() {
        SANDBOX.sandbox().faults().next(1).delay(Duration.ofMillis(700));

        long started = System.nanoTime();
        RawHttpClient.Answer answer = sendHello();
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(answer.body()).isEqualTo("{\"status\":200}");
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(700);
        assertThat(SANDBOX.sandbox().messageCount()).isOne();
        assertThat(SANDBOX.sandbox().requests().get(0).fault()).isEqualTo("DELAY");
    }

    @Test
    void truncatedJsonProcessesThenSendsHalfTheBody() {
        SANDBOX.sandbox().faults().next(1).truncatedJson();

        RawHttpClient.Answer answer = sendHello();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Length")).isEqualTo("7");
        assertThat(answer.body()).isEqualTo("{\"statu");
        assertThat(SANDBOX.sandbox().messageCount()).isOne();
        assertThat(sendHello().body()).as("the connection stays usable").isEqualTo("{\"status\":200}");
    }

    @Test
    void dropConnectionProcessesThenCutsTheBodyAndTheConnection() {
        SANDBOX.sandbox().faults().next(1).on("sendMessage").dropConnection();

        assertThatThrownBy(SandboxFaultsTest::sendHello).isInstanceOf(UncheckedIOException.class);
        assertThat(SANDBOX.sandbox().messageCount()).as("processed before the drop").isOne();

        SANDBOX.sandbox().faults().next(1).dropConnection();
        String raw = rawExchange("GET /getConferenceMaster HTTP/1.1\r\nHost: x\r\nx-cam-apiToken: "
                + SANDBOX.userToken() + "\r\n\r\n");
        int headerEnd = raw.indexOf("\r\n\r\n");
        String headers = raw.substring(0, headerEnd).toLowerCase();
        String body = raw.substring(headerEnd + 4);
        int announced = Integer.parseInt(headers.replaceAll("(?s).*content-length: (\\d+).*", "$1"));
        assertThat(body.getBytes(StandardCharsets.UTF_8).length).isEqualTo(announced / 2);

        assertThat(sendHello().status()).as("new connections work").isEqualTo(200);
    }

    @Test
    void dropConnectionAlsoSpoilsAStreamedExport() {
        SANDBOX.sandbox().faults().next(1).dropConnection();
        assertThatThrownBy(() -> post(SANDBOX.sandbox(), "exportUsers", SANDBOX.adminToken(), "path", "u.csv"))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void stallBodySendsHalfTheAnnouncedBodyThenStaysSilentWithTheConnectionOpen() throws IOException {
        SANDBOX.sandbox().faults().next(1).stallBody(Duration.ofSeconds(30));

        try (Socket socket = new Socket("127.0.0.1", SANDBOX.sandbox().port())) {
            socket.getOutputStream().write(("GET /getConferenceMaster HTTP/1.1\r\nHost: x\r\nx-cam-apiToken: "
                    + SANDBOX.userToken() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            socket.setSoTimeout(10_000);
            int announced = -1;
            while (announced < 0 || got.size() - headerEnd(got) < announced / 2) {
                got.write(in.read());
                if (announced < 0 && headerEnd(got) > 0) {
                    String headers = got.toString(StandardCharsets.UTF_8).toLowerCase();
                    announced = Integer.parseInt(headers.replaceAll("(?s).*content-length: (\\d+).*", "$1"));
                }
            }
            // half the body came; the rest does not, and the connection is neither closed nor reset
            socket.setSoTimeout(500);
            assertThatThrownBy(in::read).isInstanceOf(SocketTimeoutException.class);
        }
        assertThat(SANDBOX.sandbox().requests()).extracting(RecordedRequest::fault).containsExactly("STALL_BODY");
    }

    /** Where the body starts in what was read so far, or 0 before the head is complete. */
    private static int headerEnd(ByteArrayOutputStream got) {
        int at = got.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
        return at < 0 ? 0 : at + 4;
    }

    @Test
    void cutChunkedClosesAChunkedBodyWithoutItsLastChunk() {
        SANDBOX.sandbox().faults().next(1).cutChunked();

        String raw = rawExchange("GET /getConferenceMaster HTTP/1.1\r\nHost: x\r\nx-cam-apiToken: "
                + SANDBOX.userToken() + "\r\n\r\n");

        assertThat(raw.toLowerCase()).contains("transfer-encoding: chunked");
        assertThat(raw).doesNotEndWith("0\r\n\r\n");
        assertThat(sendHello().status()).as("new connections work").isEqualTo(200);
    }

    @Test
    void oversizedAnswerIsValidJsonOfTheAskedSizeGeneratedWhileSent() {
        SANDBOX.sandbox().faults().next(1).oversizedAnswer(3_000_000);

        RawHttpClient.Answer answer = master();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().length()).isEqualTo(3_000_000);
        assertThat(answer.json().path("status").asInt()).isEqualTo(200);
    }

    @Test
    void randomFaultsHitRoughlyTheConfiguredShareReproducibly() {
        List<Integer> first = randomRun();
        SANDBOX.sandbox().reset();
        List<Integer> second = randomRun();

        long faulted = first.stream().filter(status -> status != 200).count();
        assertThat(faulted).isBetween(40L, 80L);
        assertThat(first).containsOnly(200, 503, 429);
        assertThat(second).as("same seed, same sequence").isEqualTo(first);

        SANDBOX.sandbox().faults().clear();
        assertThat(master().status()).isEqualTo(200);
    }

    private static List<Integer> randomRun() {
        SANDBOX.sandbox().faults().randomly(0.2, 42L, FaultKind.STATUS_503, FaultKind.TOO_MANY_REQUESTS);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            statuses.add(master().status());
        }
        return statuses;
    }

    @Test
    void describesAndClearsPendingFaults() {
        SANDBOX.sandbox().faults().next(3).status(503).next(1).on("sendMessage").delay(Duration.ofSeconds(5))
                .randomly(0.1, 7L, FaultKind.DROP_CONNECTION);

        assertThat(SANDBOX.sandbox().faults().pending()).containsExactly(
                "next 3 requests: HTTP 503",
                "next 1 request to sendMessage: delay 5000 ms",
                "random 10.0% of all requests (seed 7): [DROP_CONNECTION]");
        SANDBOX.sandbox().faults().clear();
        assertThat(SANDBOX.sandbox().faults().pending()).isEmpty();
    }

    @Test
    void neverFaultsTheInspectionOrQuickCallPages() {
        SANDBOX.sandbox().faults().next(1).status(503);
        assertThat(get(SANDBOX.sandbox(), "/_sandbox/api/rooms", null).status()).isEqualTo(200);
        assertThat(get(SANDBOX.sandbox(), "/_sandbox/", null).status()).isEqualTo(200);
        assertThat(get(SANDBOX.sandbox(), "/quick/none", null).status()).isEqualTo(404);
        assertThat(SANDBOX.sandbox().faults().pending()).hasSize(1);
    }

    @Test
    void refusesNonsense() {
        SandboxFaults faults = SANDBOX.sandbox().faults();
        assertThatThrownBy(() -> faults.next(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> faults.next(1).status(404)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> faults.next(1).on("sendMesage").status(500))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown operation 'sendMesage'");
        assertThatThrownBy(() -> faults.randomly(1.5, 1L, FaultKind.DELAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> faults.randomly(0.5, 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> faults.next(1).delay(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(faults.pending()).isEmpty();
    }

    @Test
    void theHttpFaultApiMirrorsTheJavaOne() {
        RawHttpClient.Answer added = postJson("{\"kind\":\"STATUS_503\",\"count\":2,\"operation\":\"sendMessage\"}");
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().path("pending").get(0).asText()).isEqualTo("next 2 requests to sendMessage: HTTP 503");
        postJson("{\"kind\":\"TOO_MANY_REQUESTS\",\"retryAfterSeconds\":3}");
        postJson("{\"kind\":\"DELAY\",\"millis\":10}");
        postJson("{\"kind\":\"CAM_ERROR\",\"code\":\"806\",\"message\":\"SC_PERMISSION_DENIED\"}");
        postJson("{\"random\":0.25,\"seed\":3,\"kinds\":[\"STATUS_500\",\"TRUNCATED_JSON\"]}");
        postJson("{\"kind\":\"STALL_BODY\",\"millis\":2000,\"operation\":\"exportUsers\"}");
        postJson("{\"kind\":\"OVERSIZED_ANSWER\",\"bytes\":1048576,\"operation\":\"exportUsers\"}");

        assertThat(get(SANDBOX.sandbox(), "/_sandbox/faults", null).json().path("pending")).hasSize(7)
                .anySatisfy(p -> assertThat(p.asText()).endsWith("body stalled mid-way for 2000 ms"))
                .anySatisfy(p -> assertThat(p.asText()).endsWith("answer padded to 1048576 bytes"));
        assertThat(sendHello().status()).isEqualTo(503);
        assertThat(master().header("Retry-After")).isEqualTo("3");

        assertThat(RawHttpClient.method(SANDBOX.sandbox(), "DELETE", "/_sandbox/faults", null).json().path("pending")).isEmpty();
        assertThat(postJson("{\"kind\":\"EXPLODE\"}").status()).isEqualTo(400);
        assertThat(postJson("{\"kind\":\"DELAY\",\"millis\":\"soon\"}").json().path("error").asText()).isEqualTo("'millis' must be a number");
        assertThat(postJson("{\"kind\":\"STATUS_500\",\"operation\":\"nope\"}").status()).isEqualTo(400);
        assertThat(postJson("not json").status()).isEqualTo(400);
        assertThat(SANDBOX.sandbox().faults().pending()).isEmpty();
    }

    private static RawHttpClient.Answer postJson(String json) {
        return RawHttpClient.send(HttpRequest.newBuilder(URI.create(SANDBOX.url() + "/_sandbox/faults"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Sends a request on a raw socket and reads until the server closes it. */
    private static String rawExchange(String request) {
        try (Socket socket = new Socket("127.0.0.1", SANDBOX.sandbox().port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                }
            } catch (IOException reset) {
                // an abrupt close may surface as a reset: what was read so far is the answer
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

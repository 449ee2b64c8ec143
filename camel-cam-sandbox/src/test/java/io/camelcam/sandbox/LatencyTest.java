package io.camelcam.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class LatencyTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void manyAnswersWaitAtOnceOnAFewThreads() {
        int requests = 100;
        int workers = 2;
        // answers held far longer than the test runs: with a thread per waiting answer, only two would be processed
        try (CamSandbox sandbox = CamSandbox.builder().threads(workers).latency(Duration.ofMinutes(10)).start()) {
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(CLIENT.sendAsync(sendMessage(sandbox, "waiting " + i), HttpResponse.BodyHandlers.ofString()));
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> sandbox.messageCount() == requests);

            assertThat(answers).noneMatch(CompletableFuture::isDone);
            assertThat(sandboxThreads(sandbox)).hasSizeLessThanOrEqualTo(workers + 1);
        }
    }

    @Test
    void answersComeAfterTheLatency() throws Exception {
        Duration latency = Duration.ofMillis(200);
        try (CamSandbox sandbox = CamSandbox.builder().latency(latency).start()) {
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            long sent = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                answers.add(CLIENT.sendAsync(sendMessage(sandbox, "delayed " + i), HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS).body()).isEqualTo("{\"status\":200}");
            }
            // a lower bound the delay guarantees, not a speed
            assertThat(Duration.ofNanos(System.nanoTime() - sent)).isGreaterThanOrEqualTo(latency);
            assertThat(sandbox.messageCount()).isEqualTo(20);
        }
    }

    @Test
    void aNegativeLatencyIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> CamSandbox.builder().latency(Duration.ofMillis(-5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latency must not be negative");
    }

    @Test
    void theCommandLineTakesALatencyWithAUnit() {
        assertThat(CamSandboxMain.duration("--latency", "5ms")).isEqualTo(Duration.ofMillis(5));
        assertThat(CamSandboxMain.duration("--latency", "250us")).isEqualTo(Duration.ofNanos(250_000));
        assertThat(CamSandboxMain.duration("--latency", "2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(CamSandboxMain.duration("--latency", "0")).isZero();
    }

    @Test
    void aBadCommandLineLatencyIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> CamSandboxMain.parse(new String[] {"--latency", "-5ms"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--latency must not be negative, not '-5ms'");
        assertThatThrownBy(() -> CamSandboxMain.parse(new String[] {"--latency", "soon"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--latency needs a duration such as 5ms or 1s, not 'soon'");
        assertThatThrownBy(() -> CamSandboxMain.parse(new String[] {"--latency", "5"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--latency needs a unit (us, ms or s), not '5'");
    }

    private static HttpRequest sendMessage(CamSandbox sandbox, String text) {
        return HttpRequest.newBuilder(URI.create(sandbox.url() + "/sendMessage"))
                .header(RawHttpClient.TOKEN, sandbox.userToken())
                .header("Content-Type", RawHttpClient.FORM)
                .POST(HttpRequest.BodyPublishers.ofString(RawHttpClient.form(RawHttpClient.fields("message",
                        RawHttpClient.message("general", text, "alice@example.com")))))
                .build();
    }

    /** The sandbox's workers and its latency timer; other sandboxes in this JVM use other ports. */
    private static List<String> sandboxThreads(CamSandbox sandbox) {
        String prefix = "cam-sandbox-" + sandbox.port() + "-";
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.startsWith(prefix)).toList();
    }
}

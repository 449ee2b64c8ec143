package io.camelcam.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyTest {

    private static final int THREADS = 16;
    private static final int PER_THREAD = 500;

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    @Test
    void losesNoMessageUnderConcurrentKeepAliveLoad() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < PER_THREAD; i++) {
                        String panel = i % 2 == 0 ? "general" : "messenger";
                        HttpRequest request = HttpRequest.newBuilder(URI.create(SANDBOX.url() + "/sendMessage"))
                                .header(RawHttpClient.TOKEN, SANDBOX.userToken())
                                .header("Content-Type", RawHttpClient.FORM)
                                .POST(HttpRequest.BodyPublishers.ofString(RawHttpClient.form(RawHttpClient.fields("message",
                                        RawHttpClient.message(panel, "t" + thread + "-" + i, "alice@example.com")))))
                                .build();
                        if (client.send(request, HttpResponse.BodyHandlers.ofString()).body().equals("{\"status\":200}")) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(PER_THREAD);
            }
        } finally {
            pool.shutdownNow();
        }

        CamSandbox sandbox = SANDBOX.sandbox();
        assertThat(sandbox.messageCount()).isEqualTo(THREADS * PER_THREAD);
        assertThat(sandbox.messages()).extracting(ReceivedMessage::seq).doesNotHaveDuplicates()
                .hasSize(THREADS * PER_THREAD);
        assertThat(sandbox.requests()).hasSize(THREADS * PER_THREAD);
        // each client thread's messages arrive in the order it sent them
        sandbox.messages().stream()
                .collect(Collectors.groupingBy(m -> m.text().substring(0, m.text().indexOf('-'))))
                .forEach((thread, messages) -> assertThat(messages)
                        .extracting(m -> Integer.parseInt(m.text().substring(m.text().indexOf('-') + 1)))
                        .isSorted().hasSize(PER_THREAD));
    }
}

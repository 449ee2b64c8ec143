package io.camelcam.client.internal.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.camelcam.sandbox.CamSandbox;
import io.camelcam.testing.ChildJvm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A streamed body takes no more memory however fast the server sends and however slowly it is read:
 * 300,000 users (about 23 MB) read by a reader that keeps pausing, in a JVM whose whole heap is 16 MB;
 * the heap in use after each collection grows by less than 1 MB while the body passes.
 */
class StreamedBodyBoundTest {

    private static CamSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = CamSandbox.builder().syntheticUsers(300_000).start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void aBodyFedFarFasterThanItIsReadStaysWithinTheBufferInASmallHeap() throws Exception {
        long expected = exportSize();
        assertThat(expected).isGreaterThan(20_000_000L);

        ChildJvm.Outcome child = ChildJvm.run(List.of("-Xmx16m", "-XX:+UseSerialGC"), SlowReaderMain.class,
                List.of(sandbox.url(), sandbox.adminToken()), Duration.ofMinutes(5));

        assertThat(child.exitCode()).as("%s", child).isZero();
        String[] result = child.line("RESULT ").split(" ");
        assertThat(result[0]).isEqualTo("bytes=" + expected);
        long atStart = Long.parseLong(result[1].substring("liveHeapAtStart=".length()));
        long maxLive = Long.parseLong(result[2].substring("maxLiveHeap=".length()));
        // what reading 23 MB added to the heap in use once the head had arrived: the reader's own 16 KiB
        // chunk and HttpClient's session buffer, not the body
        assertThat(maxLive - atStart).isLessThan(1024L * 1024);
    }

    /** The export's length as another client reads it. */
    private static long exportSize() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sandbox.url() + "/exportUsers"))
                .header("x-cam-apiToken", sandbox.adminToken()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("path=users.csv")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("csv"));
        return response.body().length;
    }
}

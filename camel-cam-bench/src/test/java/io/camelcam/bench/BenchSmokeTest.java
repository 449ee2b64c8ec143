package io.camelcam.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's quick variant, so {@code mvn verify} keeps every part of it working: real
 * sandbox JVMs, real CamelContexts, real HttpClients, for a few seconds. It asserts correctness
 * only (every message acknowledged reached the sandbox, the upload applied every exported user,
 * no request failed; in the soak, every message and failure accounted for: {@link BenchMain#run}
 * throws otherwise), never a speed.
 */
class BenchSmokeTest {

    @Test
    void quickRunOfEveryPartDeliversEveryMessage() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        BenchMain.run(new String[] {"--quick"}, new PrintStream(printed, true, StandardCharsets.UTF_8));

        String report = printed.toString(StandardCharsets.UTF_8);
        assertThat(report)
                .contains(HttpBench.A, HttpBench.B, HttpBench.C, "C/A", "C/B")
                .contains("batchSize=1000")
                .contains("batched / Camel's exchange ceiling")
                .contains("ms of sandbox latency", "Little's law")
                .contains("(5.0 ms latency)")
                .contains("== latency: ends at load average")
                .contains("exportUsers -> updateUsersCSV of 20,000 users")
                .contains("cam:sendMessage?room=ops")
                .contains("sandbox received");
    }

    @Test
    void quickSoakAccountsForEveryMessageAndEveryFailure() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        // throws on a lost message, an untyped failure, a count the sandbox disagrees with or a leased connection
        BenchMain.run(new String[] {"soak", "--quick"}, new PrintStream(printed, true, StandardCharsets.UTF_8));

        String report = printed.toString(StandardCharsets.UTF_8);
        assertThat(report)
                .contains("lost = sent - (acknowledged + failed) = 0")
                .contains("after the drain: 0 connections leased, 0 pending")
                .contains("soak: PASSED");
    }
}

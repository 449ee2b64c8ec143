package io.camelcam.examples.usersync;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.ReceivedMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user sync really streams: 1,000,000 users (77 MB of CSV) exported, renamed and uploaded by the
 * example's own route in a JVM limited to {@code -Xmx64m}. With Camel's stream caching left on the
 * export would be copied into that heap and the run would fail.
 */
class UserSyncSmallHeapIT {

    private static final int USERS = 1_000_000;

    @Test
    void aMillionUsersSyncInASixtyFourMegabyteHeap(@TempDir Path dir) throws Exception {
        Path renames = Files.writeString(dir.resolve("renames.csv"), "from,to\nSynthetic,Synthetic Users\n",
                StandardCharsets.UTF_8);
        try (CamSandbox sandbox = CamSandbox.builder().syntheticUsers(USERS).start()) {
            List<String> output = runChild(List.of("-Xmx64m", "-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError"), List.of(sandbox.url(),
                    sandbox.userToken(), sandbox.adminToken(), renames.toString()));

            String result = output.stream().filter(l -> l.startsWith("RESULT ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no RESULT line:\n" + String.join("\n", output)));
            assertThat(result).contains("read=" + (USERS + 9), "changed=" + USERS);
            assertThat(sandbox.messagesIn("ops")).extracting(ReceivedMessage::text).containsExactly(
                    "User sync: " + USERS + " users moved to their renamed departments (" + (USERS + 9) + " users checked).");
            System.out.println("user sync of " + USERS + " users under -Xmx64m: " + result);
        }
    }

    /**
     * Runs the route's main with the test class path; killed after five minutes. A heap too small for
     * what the route holds ends in "GC overhead limit exceeded" and the JVM exits, so a failure is quick.
     */
    private static List<String> runChild(List<String> jvmOptions, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), UserSyncSmallHeapMain.class.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (IOException e) {
                // the child is gone
            }
        });
        reader.setDaemon(true);
        reader.start();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        reader.join(10_000);
        synchronized (lines) {
            assertThat(ended).as("the child ended within five minutes; its output:\n%s", String.join("\n", lines)).isTrue();
            assertThat(process.exitValue()).as("exit code; output:\n%s", String.join("\n", lines)).isZero();
            return List.copyOf(lines);
        }
    }
}

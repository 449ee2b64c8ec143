package io.camelcam.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the test class path in a JVM of its own, for what only a separate heap can
 * show (a body streamed through a few MB of heap). Killed at its deadline, so a hang fails the test
 * instead of the build.
 */
public final class ChildJvm {

    /** What the child printed (stdout and stderr, in order) and how it ended. */
    public record Outcome(int exitCode, List<String> lines) {

        /** The first line starting with {@code prefix}, without it; fails with the whole output when there is none. */
        public String line(String prefix) {
            return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).findFirst()
                    .orElseThrow(() -> new AssertionError("no line '" + prefix + "…' in the child's output:\n"
                            + String.join("\n", lines)));
        }

        @Override
        public String toString() {
            return "exit " + exitCode + ":\n" + String.join("\n", lines);
        }
    }

    private ChildJvm() {
    }

    public static Outcome run(List<String> jvmOptions, Class<?> main, List<String> args, Duration deadline)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        // its own log file (same configuration): writing the parent's would overwrite it
        command.add("-Dcamel-cam.test-log=target/camel-cam-test-" + main.getSimpleName() + ".log");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
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
                // the child is gone; its exit code tells the rest
            }
        }, "child-jvm-output");
        reader.setDaemon(true);
        reader.start();
        if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            reader.join(5_000);
            synchronized (lines) {
                throw new AssertionError("child JVM " + main.getSimpleName() + " still running after " + deadline
                        + "; its output:\n" + String.join("\n", lines));
            }
        }
        reader.join(10_000);
        synchronized (lines) {
            return new Outcome(process.exitValue(), List.copyOf(lines));
        }
    }
}

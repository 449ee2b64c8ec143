package io.camelcam.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A child JVM on this JVM's class path: the sandbox gets its own process and heap (its GC must not
 * pause the client being measured), and the streaming and start-up runs need JVMs of their own.
 */
final class Jvm implements AutoCloseable {

    /** How much of a failed child's output an exception message repeats. */
    static final int LAST_LINES = 30;

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private Jvm(Process process) {
        this.process = process;
        reader = new Thread(this::drain, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    static Jvm start(List<String> jvmOptions, String mainClass, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return new Jvm(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    private void drain() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the child is gone; its exit code says the rest
        }
    }

    /**
     * Waits for a line of output that matches.
     *
     * @throws IllegalStateException if the child exits first or the time runs out (the child is then
     *                               still running), its last {@link #LAST_LINES} lines of output in the message
     */
    String awaitLine(Predicate<String> wanted, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        int seen = 0;
        synchronized (lines) {
            while (true) {
                for (; seen < lines.size(); seen++) {
                    if (wanted.test(lines.get(seen))) {
                        return lines.get(seen);
                    }
                }
                long left = deadline - System.currentTimeMillis();
                // the reader ends at the child's last line, so nothing it printed is missed
                if (!reader.isAlive() && seen == lines.size()) {
                    process.waitFor(10, TimeUnit.SECONDS);
                    throw new IllegalStateException("child JVM ended" + (process.isAlive() ? "" : " with exit code "
                            + process.exitValue()) + " without printing the expected line; " + lastLines());
                }
                if (left <= 0) {
                    throw new IllegalStateException("child JVM did not print the expected line within "
                            + timeoutMillis / 1000 + " s; " + lastLines());
                }
                lines.wait(Math.min(left, 200));
            }
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** "its last N lines of output:" and those lines, indented. */
    String lastLines() {
        synchronized (lines) {
            List<String> last = lines.subList(Math.max(0, lines.size() - LAST_LINES), lines.size());
            return (last.isEmpty() ? "it printed nothing" : "its last " + last.size() + " lines of output:\n    "
                    + String.join("\n    ", last));
        }
    }

    /** Waits for the child to exit by itself and returns its output. */
    List<String> awaitExit(long timeoutMillis) throws InterruptedException {
        if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("child JVM still running after " + timeoutMillis + " ms");
        }
        reader.join(10_000);
        synchronized (lines) {
            if (process.exitValue() != 0) {
                throw new IllegalStateException("child JVM exited with " + process.exitValue() + "; " + lastLines());
            }
            return List.copyOf(lines);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}

package io.camelcam.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code exportUsers} → {@code updateUsersCSV} of {@code users} synthetic users through one route
 * in a JVM limited to {@code -Xmx64m}, {@code runs} times in a row, each run in a fresh route JVM
 * against a sandbox in its own JVM (its synthetic users are generated as they are exported, and a
 * large upload's rows wait on its disk, so its heap does not grow with the user count). The sandbox
 * is kept from run to run (an export uploaded back changes nothing), and replaced after a failed
 * run, which may have left it mid-upload. A run that does not finish within its deadline is hung:
 * its JVM is killed (after a thread dump) and the run counted as failed.
 */
final class StreamBench {

    static final String ROUTE_HEAP = "64m";
    private static final String SANDBOX_HEAP = "1g";
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /** @param deadline how long one run may take, route JVM start included */
    record Settings(int users, int runs, Duration deadline) {

        /** Two minutes, or 90 s per million users when that is longer (a run took 8.5 s per million). */
        static Duration defaultDeadline(int users) {
            return Duration.ofSeconds(Math.max(120, 90L * users / 1_000_000));
        }
    }

    /** One run: {@code result} holds the route's RESULT fields when it passed, {@code failure} says why not. */
    private record Run(int number, Map<String, String> result, String failure, int[] gc) {
        boolean passed() {
            return failure == null;
        }
    }

    private StreamBench() {
    }

    /** Prints a line per run and a summary; throws if any run failed. */
    static void run(Settings s, PrintStream out) throws Exception {
        out.printf("%nexportUsers -> updateUsersCSV of %,d users through one route, route JVM -Xmx%s, sandbox in its own JVM "
                + "(-Xmx%s), %d run%s, each with a deadline of %d s%n",
                s.users(), ROUTE_HEAP, SANDBOX_HEAP, s.runs(), s.runs() == 1 ? "" : "s", s.deadline().toSeconds());
        List<Run> runs = new ArrayList<>();
        SandboxProcess sandbox = null;
        try {
            for (int i = 1; i <= s.runs(); i++) {
                if (sandbox == null) {
                    sandbox = SandboxProcess.start(SANDBOX_HEAP, s.users());
                }
                Run run = once(i, sandbox, s);
                runs.add(run);
                out.println(line(run, s.runs()));
                if (!run.passed()) {
                    sandbox.close();
                    sandbox = null;
                }
            }
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
        printSummary(runs, out);
        long passed = runs.stream().filter(Run::passed).count();
        if (passed < runs.size()) {
            throw new IllegalStateException((runs.size() - passed) + " of " + runs.size() + " stream runs failed");
        }
    }

    private static Run once(int number, SandboxProcess sandbox, Settings s) throws Exception {
        Path gcLog = Files.createTempFile("camel-cam-stream-gc", ".log");
        try {
            // ExitOnOutOfMemoryError: an OutOfMemoryError on an HttpClient I/O thread would otherwise end that
            // thread alone and leave the route waiting for bytes that never come, until the deadline
            Jvm route = Jvm.start(List.of("-Xmx" + ROUTE_HEAP, "-Xlog:gc:file=" + gcLog, "-XX:+ExitOnOutOfMemoryError"),
                    StreamRoute.class.getName(), List.of(sandbox.url()));
            String line = null;
            try {
                line = route.awaitLine(l -> l.startsWith("RESULT "), s.deadline().toMillis());
                route.awaitExit(60_000);
            } catch (IllegalStateException e) {
                String failure = !route.isAlive() ? e.getMessage()
                        : (line == null ? "hung: no result within " + s.deadline().toSeconds() + " s"
                                : "hung: still running 60 s after its result") + ", killed" + threadDump(route, number)
                                + "; " + route.lastLines();
                return new Run(number, null, failure, gcExtremes(gcLog));
            } finally {
                route.close();
            }
            Map<String, String> r = new HashMap<>();
            for (String pair : line.substring("RESULT ".length()).split(" ")) {
                String[] kv = pair.split("=", 2);
                r.put(kv[0], kv[1]);
            }
            long rows = s.users() + seededUsers();
            long applied = Long.parseLong(r.get("created")) + Long.parseLong(r.get("updated"));
            String failure = applied == rows ? null : "exported " + rows + " users but CAM applied " + applied;
            return new Run(number, r, failure, gcExtremes(gcLog));
        } finally {
            Files.deleteIfExists(gcLog);
        }
    }

    /** Asks the hung JVM for its threads (jcmd) into a file kept for reading, and says where. */
    private static String threadDump(Jvm route, int number) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Path dump = Files.createTempFile("camel-cam-stream-run" + number + "-threads", ".txt");
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(route.pid()), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(dump.toFile()).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return " (no thread dump: jcmd did not answer within 30 s)";
            }
            return " (its threads before the kill: " + dump + ")";
        } catch (IOException e) {
            return " (no thread dump: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return " (no thread dump: interrupted)";
        }
    }

    private static String line(Run run, int runs) {
        String heap = String.format("heap in use max %d MB before a GC, live after GC max %d MB", run.gc()[0], run.gc()[1]);
        if (!run.passed()) {
            return String.format("run %d of %d: FAILED (%s), %s", run.number(), runs, heap, run.failure());
        }
        Map<String, String> r = run.result();
        double mb = Long.parseLong(r.get("bytes")) / 1e6;
        double seconds = Long.parseLong(r.get("nanos")) / 1e9;
        return String.format("run %d of %d: passed, %.1f MB in %.1f s (%.1f MB/s), %s, %s GCs", run.number(), runs,
                mb, seconds, mb / seconds, heap, r.get("gcs"));
    }

    private static void printSummary(List<Run> runs, PrintStream out) {
        long passed = runs.stream().filter(Run::passed).count();
        out.printf("passed %d of %d runs in a row%n", passed, runs.size());
        if (passed == 0) {
            return;
        }
        out.printf("| run | CSV | time | throughput | heap in use, max (before a GC) | live after GC, max | old gen peak (MXBean) | GCs |%n"
                + "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |%n");
        for (Run run : runs) {
            if (!run.passed()) {
                continue;
            }
            Map<String, String> r = run.result();
            double mb = Long.parseLong(r.get("bytes")) / 1e6;
            double seconds = Long.parseLong(r.get("nanos")) / 1e9;
            out.printf("| %d | %.1f MB | %.1f s | %.1f MB/s | %d MB of %.0f MB | %d MB | %.1f MB | %s (%s ms) |%n",
                    run.number(), mb, seconds, mb / seconds, run.gc()[0], Long.parseLong(r.get("maxHeap")) / 1048576.0,
                    run.gc()[1], Long.parseLong(r.get("oldPeak")) / 1048576.0, r.get("gcs"), r.get("gcMillis"));
        }
    }

    /** The sandbox's own users besides the synthetic ones (docs/sandbox.md, seeded state). */
    private static int seededUsers() {
        return 9;
    }

    /** The largest heap occupancy before and after a collection, in MB, from {@code -Xlog:gc}. */
    private static int[] gcExtremes(Path log) throws IOException {
        int before = 0;
        int after = 0;
        for (String line : Files.readAllLines(log)) {
            Matcher m = GC_LINE.matcher(line);
            if (m.find()) {
                before = Math.max(before, Integer.parseInt(m.group(1)));
                after = Math.max(after, Integer.parseInt(m.group(2)));
            }
        }
        return new int[] {before, after};
    }
}

package io.camelcam.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code exportUsers} → {@code updateUsersCSV} of {@code users} synthetic users through one route
 * in a JVM limited to {@code -Xmx64m}, against a sandbox in its own JVM (it keeps the users, and the
 * validated rows of the upload until it applies them: that is the server's memory, not ours).
 */
final class StreamBench {

    static final String ROUTE_HEAP = "64m";
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private StreamBench() {
    }

    static void run(int users, PrintStream out) throws Exception {
        Path gcLog = Files.createTempFile("camel-cam-stream-gc", ".log");
        try (SandboxProcess sandbox = SandboxProcess.start("3g", users)) {
            Jvm route = Jvm.start(List.of("-Xmx" + ROUTE_HEAP, "-Xlog:gc:file=" + gcLog), StreamRoute.class.getName(),
                    List.of(sandbox.url()));
            String line;
            try {
                line = route.awaitLine(l -> l.startsWith("RESULT "), 600_000);
                route.awaitExit(60_000);
            } finally {
                route.close();
            }
            Map<String, String> r = new HashMap<>();
            for (String pair : line.substring("RESULT ".length()).split(" ")) {
                String[] kv = pair.split("=", 2);
                r.put(kv[0], kv[1]);
            }
            long rows = users + seededUsers();
            long applied = Long.parseLong(r.get("created")) + Long.parseLong(r.get("updated"));
            if (applied != rows) {
                throw new IllegalStateException("exported " + rows + " users but CAM applied " + applied);
            }
            double mb = Long.parseLong(r.get("bytes")) / 1e6;
            double seconds = Long.parseLong(r.get("nanos")) / 1e9;
            int[] gc = gcExtremes(gcLog);
            out.printf("%nexportUsers -> updateUsersCSV of %,d users through one route, route JVM -Xmx%s, sandbox in its own JVM%n",
                    users, ROUTE_HEAP);
            out.printf("| CSV | time | throughput | heap in use, max (before a GC) | live after GC, max | old gen peak (MXBean) | GCs |%n"
                    + "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |%n");
            out.printf("| %.1f MB | %.1f s | %.1f MB/s | %d MB of %.0f MB | %d MB | %.1f MB | %s (%s ms) |%n",
                    mb, seconds, mb / seconds, gc[0], Long.parseLong(r.get("maxHeap")) / 1048576.0, gc[1],
                    Long.parseLong(r.get("oldPeak")) / 1048576.0, r.get("gcs"), r.get("gcMillis"));
        } finally {
            Files.deleteIfExists(gcLog);
        }
    }

    /** The sandbox's own users besides the synthetic ones (docs/sandbox.md, seeded state). */
    private static int seededUsers() {
        return 9;
    }

    /** The largest heap occupancy before and after a collection, in MB, from {@code -Xlog:gc}. */
    private static int[] gcExtremes(Path log) throws java.io.IOException {
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

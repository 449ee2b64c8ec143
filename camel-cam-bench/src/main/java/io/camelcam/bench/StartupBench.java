package io.camelcam.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up and footprint: a CamelContext with one {@code cam:} route against the same with one
 * {@code log:} route, each start in a fresh JVM (cold: class loading is most of it), alternating.
 */
final class StartupBench {

    private static final String[] KINDS = {"log", "cam"};

    private StartupBench() {
    }

    static void run(int runs, PrintStream out) throws Exception {
        Map<String, List<double[]>> results = new HashMap<>();
        for (int i = 0; i < runs; i++) {
            for (String kind : KINDS) {
                Jvm probe = Jvm.start(List.of("-Xshare:auto"), StartupProbe.class.getName(), List.of(kind));
                String line;
                try {
                    line = probe.awaitLine(l -> l.startsWith("RESULT "), 120_000);
                    probe.awaitExit(60_000);
                } finally {
                    probe.close();
                }
                Map<String, Long> r = new HashMap<>();
                for (String pair : line.substring("RESULT ".length()).split(" ")) {
                    String[] kv = pair.split("=", 2);
                    r.put(kv[0], Long.parseLong(kv[1]));
                }
                results.computeIfAbsent(kind, k -> new ArrayList<>()).add(new double[] {
                    r.get("startNanos") / 1e6, r.get("uptimeMillis"), r.get("classes")});
            }
        }
        out.printf("%nStart-up, one route, each in a fresh JVM, %d runs each (median; spread = min..max)%n", runs);
        out.printf("| route | context start | spread | JVM uptime at started | classes loaded |%n| --- | ---: | ---: | ---: | ---: |%n");
        for (String kind : KINDS) {
            List<double[]> rows = results.get(kind);
            double[] start = rows.stream().mapToDouble(r -> r[0]).toArray();
            double[] uptime = rows.stream().mapToDouble(r -> r[1]).toArray();
            double[] classes = rows.stream().mapToDouble(r -> r[2]).toArray();
            out.printf("| %s | %.0f ms | %.0f..%.0f ms | %.0f ms | %,.0f |%n",
                    kind.equals("cam") ? "from(direct:start).to(cam:sendMessage?room=ops)" : "from(direct:start).to(log:startup)",
                    HttpBench.median(start), Arrays.stream(start).min().orElse(0),
                    Arrays.stream(start).max().orElse(0), HttpBench.median(uptime), HttpBench.median(classes));
        }
        Path jar = componentJar();
        if (jar != null) {
            out.printf("component jar: %s, %,d bytes%n", jar, Files.size(jar));
        }
    }

    /** The component's own jar when run from the repository root after a build, else null. */
    private static Path componentJar() throws IOException {
        Path target = Path.of("camel-cam-component", "target");
        if (!Files.isDirectory(target)) {
            return null;
        }
        try (var files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("camel-cam-[0-9.]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElse(null);
        }
    }
}

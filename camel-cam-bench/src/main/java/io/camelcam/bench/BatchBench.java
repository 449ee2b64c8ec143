package io.camelcam.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import io.camelcam.component.CamComponent;

/**
 * N messages through {@code cam:sendMessage} one call per message, then the same with
 * {@code batchSize=1000}: both driven with the same number of exchanges in flight (batching needs
 * many; one call per message is capped by the 64 pooled connections either way). Beside them, the
 * sandbox's ceiling (raw pre-encoded batches) and Camel's own: the same driver through {@code direct:}
 * to a processor that does nothing, in this JVM, which no component can beat.
 */
final class BatchBench {

    static final int BATCH_SIZE = 1000;

    private static final String[] MODES = {"C one sendMessage per message", "C batchSize=" + BATCH_SIZE,
        "raw HttpClient 5, pre-encoded sendMessages of " + BATCH_SIZE + " (the sandbox's ceiling)",
        "direct: to a no-op processor (Camel's exchange ceiling, no HTTP)"};
    private static final int SINGLE = 0;
    private static final int BATCHED = 1;
    private static final int RAW = 2;
    private static final int CEILING = 3;

    /**
     * @param perMode how long each mode runs in a round: long enough for Camel's ceiling, which routes
     *        a million exchanges a second, to outlast a garbage collection
     * @param where what lies between client and sandbox, for the table's title: loopback, or the injected latency
     * @param modes which of {@link #MODE_NAMES} to run (all by default; fewer to profile one alone)
     */
    record Settings(Duration perMode, int inFlight, int rounds, Duration warmup, String where, Set<String> modes) {
        Settings withModes(Set<String> chosen) {
            return new Settings(perMode, inFlight, rounds, warmup, where, chosen);
        }
    }

    /** The modes' short names, as {@code --batch-modes} takes them, in the order of {@link #MODES}. */
    static final List<String> MODE_NAMES = List.of("single", "batched", "raw", "ceiling");
    static final Set<String> ALL_MODES = Set.copyOf(MODE_NAMES);

    private BatchBench() {
    }

    /** Returns the messages acknowledged, which must all have reached the sandbox. */
    static long run(SandboxProcess sandbox, Settings s, PrintStream out) throws Exception {
        CamelContext context = new DefaultCamelContext();
        CamComponent cam = new CamComponent();
        cam.getConfiguration().setServerUrl(sandbox.url());
        cam.getConfiguration().setApiToken(SandboxProcess.USER_TOKEN);
        context.addComponent("cam", cam);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:single").to(Payload.CAM_URI);
                from("direct:batched").to(Payload.CAM_URI + "&batchSize=" + BATCH_SIZE + "&batchTimeout=100ms");
                from("direct:ceiling").process(exchange -> { });
            }
        });
        context.start();
        long acknowledged = 0;
        try (RouteTarget single = new RouteTarget(context, "direct:single", 0);
             RouteTarget batched = new RouteTarget(context, "direct:batched", 0);
             RouteTarget ceiling = new RouteTarget(context, "direct:ceiling", 0);
             RawHttpTarget raw = new RawHttpTarget(sandbox.url(), 64, "sendMessages", Payload.batchForm(BATCH_SIZE))) {
            SlotRunner.Target[] targets = {single, batched, raw, ceiling};
            int modes = MODES.length;
            if (!s.warmup().isZero()) {
                for (int mode = 0; mode < modes; mode++) {
                    if (s.modes().contains(MODE_NAMES.get(mode))) {
                        acknowledged += measure(sandbox, targets[mode], mode, s.inFlight(), s.warmup())[0];
                    }
                }
            }
            // per round and mode: msg/s at [mode], HTTP requests per 1,000 messages at [mode + MODES],
            // client CPU µs/msg at [mode + 2 MODES]
            List<double[]> rows = new ArrayList<>();
            for (int round = 0; round < s.rounds(); round++) {
                double[] row = new double[3 * modes];
                Arrays.fill(row, Double.NaN);
                for (int i = 0; i < modes; i++) {
                    int mode = (i + round) % modes;
                    if (s.modes().contains(MODE_NAMES.get(mode))) {
                        double[] m = measure(sandbox, targets[mode], mode, s.inFlight(), s.perMode());
                        acknowledged += (long) m[0];
                        row[mode] = m[1];
                        row[mode + modes] = m[2];
                        row[mode + 2 * modes] = m[3];
                    }
                }
                rows.add(row);
            }
            print(s, rows, out);
        } finally {
            context.close();
        }
        return acknowledged;
    }

    /**
     * Runs one mode for {@code duration}: {messages acknowledged that reach the sandbox, msg/s, HTTP
     * requests per 1,000 messages, client CPU µs per message}. Raw batches count {@link #BATCH_SIZE} messages each.
     */
    private static double[] measure(SandboxProcess sandbox, SlotRunner.Target target, int mode, int inFlight,
            Duration duration) throws Exception {
        long requestsBefore = sandbox.lastRequestSeq();
        long messagesBefore = sandbox.messageTotal();
        int slots = mode == RAW ? Math.max(1, inFlight / BATCH_SIZE) : inFlight;
        SlotRunner.Result r = SlotRunner.forDuration(target, slots, duration);
        long messages = check(r, MODES[mode]) * (mode == RAW ? BATCH_SIZE : 1);
        double requestsPerThousand = Double.NaN;
        if (mode != CEILING) {
            // read after the slots drained, so the requests and messages counted are the same ones
            long arrived = sandbox.messageTotal() - messagesBefore;
            requestsPerThousand = arrived == 0 ? Double.NaN : (sandbox.lastRequestSeq() - requestsBefore) * 1000.0 / arrived;
        }
        return new double[] {mode == CEILING ? 0 : messages, messages * 1e9 / r.elapsedNanos(), requestsPerThousand,
            r.cpuNanos() / 1e3 / messages};
    }

    private static long check(SlotRunner.Result r, String what) {
        if (r.failed() > 0) {
            throw new IllegalStateException(what + ": " + r.failed() + " messages failed", r.firstFailure());
        }
        return r.succeeded();
    }

    private static void print(Settings s, List<double[]> rows, PrintStream out) {
        int modes = MODES.length;
        out.printf("%ncam:sendMessage (%s), %,d exchanges in flight, each mode %.1f s per round, %d rounds after %.1f s of"
                + " warm-up each (median; spread = min..max)%n", s.where(), s.inFlight(), s.perMode().toMillis() / 1e3,
                s.rounds(), s.warmup().toMillis() / 1e3);
        out.printf("| mode | msg/s | spread | HTTP requests per 1,000 messages | client CPU µs/msg |%n"
                + "| --- | ---: | ---: | ---: | ---: |%n");
        for (int col = 0; col < modes; col++) {
            if (!s.modes().contains(MODE_NAMES.get(col))) {
                continue;
            }
            int c = col;
            double[] rates = rows.stream().mapToDouble(r -> r[c]).toArray();
            double[] requests = rows.stream().mapToDouble(r -> r[c + modes]).toArray();
            double[] cpu = rows.stream().mapToDouble(r -> r[c + 2 * modes]).toArray();
            out.printf("| %s | %,.0f | %,.0f..%,.0f | %,.1f | %.1f |%n", MODES[col], HttpBench.median(rates),
                    min(rates), max(rates), HttpBench.median(requests), HttpBench.median(cpu));
        }
        if (s.modes().containsAll(List.of("batched", "single"))) {
            ratio(out, "batched / single (" + s.where() + ")", rows, BATCHED, SINGLE, "x");
        }
        if (s.modes().containsAll(List.of("batched", "ceiling"))) {
            ratio(out, "batched / Camel's exchange ceiling", rows, BATCHED, CEILING, "");
        }
    }

    private static void ratio(PrintStream out, String what, List<double[]> rows, int top, int bottom, String unit) {
        double[] ratios = rows.stream().mapToDouble(r -> r[top] / r[bottom]).toArray();
        out.printf("%s: %.2f%s (spread %.2f..%.2f, each ratio within one round)%n", what, HttpBench.median(ratios), unit,
                min(ratios), max(ratios));
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }
}

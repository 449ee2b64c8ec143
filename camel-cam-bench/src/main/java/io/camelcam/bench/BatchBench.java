package io.camelcam.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /** @param where what lies between client and sandbox, for the table's title: loopback, or the injected latency */
    record Settings(int messages, int inFlight, int rounds, int warmupMessages, String where) {
        Settings(int messages, int inFlight, int rounds, int warmupMessages) {
            this(messages, inFlight, rounds, warmupMessages, "loopback");
        }
    }

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
        int batchesInFlight = Math.max(1, s.inFlight() / BATCH_SIZE);
        try (RouteTarget single = new RouteTarget(context, "direct:single", 0);
             RouteTarget batched = new RouteTarget(context, "direct:batched", 0);
             RouteTarget ceiling = new RouteTarget(context, "direct:ceiling", 0);
             RawHttpTarget raw = new RawHttpTarget(sandbox.url(), 64, "sendMessages", Payload.batchForm(BATCH_SIZE))) {
            if (s.warmupMessages() > 0) {
                acknowledged += check(SlotRunner.forCount(single, s.inFlight(), s.warmupMessages()), "warm-up");
                acknowledged += check(SlotRunner.forCount(batched, s.inFlight(), s.warmupMessages()), "warm-up");
                check(SlotRunner.forCount(ceiling, s.inFlight(), s.warmupMessages()), "warm-up");
            }
            // per round and mode: msg/s at [mode], HTTP requests at [mode + MODES], client CPU µs/msg at [mode + 2 MODES]
            List<double[]> rows = new ArrayList<>();
            int modes = MODES.length;
            for (int round = 0; round < s.rounds(); round++) {
                double[] row = new double[3 * modes];
                for (int i = 0; i < modes; i++) {
                    int mode = (i + round) % modes;
                    long before = sandbox.lastRequestSeq();
                    SlotRunner.Result r = switch (mode) {
                        case SINGLE -> SlotRunner.forCount(single, s.inFlight(), s.messages());
                        case BATCHED -> SlotRunner.forCount(batched, s.inFlight(), s.messages());
                        case RAW -> SlotRunner.forCount(raw, batchesInFlight, s.messages() / BATCH_SIZE);
                        default -> SlotRunner.forCount(ceiling, s.inFlight(), s.messages());
                    };
                    long messages = check(r, MODES[mode]) * (mode == RAW ? BATCH_SIZE : 1);
                    if (mode != CEILING) {
                        acknowledged += messages; // the ceiling's messages never leave this JVM
                    }
                    row[mode] = messages * 1e9 / r.elapsedNanos();
                    row[mode + modes] = sandbox.lastRequestSeq() - before;
                    row[mode + 2 * modes] = r.cpuNanos() / 1e3 / messages;
                }
                rows.add(row);
            }
            print(s, rows, out);
        } finally {
            context.close();
        }
        return acknowledged;
    }

    private static long check(SlotRunner.Result r, String what) {
        if (r.failed() > 0) {
            throw new IllegalStateException(what + ": " + r.failed() + " messages failed", r.firstFailure());
        }
        return r.succeeded();
    }

    private static void print(Settings s, List<double[]> rows, PrintStream out) {
        int modes = MODES.length;
        out.printf("%n%,d messages through cam:sendMessage (%s), %,d exchanges in flight, %d rounds (median; spread = min..max)%n",
                s.messages(), s.where(), s.inFlight(), s.rounds());
        out.printf("| mode | msg/s | spread | HTTP requests per run | client CPU µs/msg |%n| --- | ---: | ---: | ---: | ---: |%n");
        for (int col = 0; col < modes; col++) {
            int c = col;
            double[] rates = rows.stream().mapToDouble(r -> r[c]).toArray();
            double[] requests = rows.stream().mapToDouble(r -> r[c + modes]).toArray();
            double[] cpu = rows.stream().mapToDouble(r -> r[c + 2 * modes]).toArray();
            out.printf("| %s | %,.0f | %,.0f..%,.0f | %,.0f | %.1f |%n", MODES[col], HttpBench.median(rates),
                    min(rates), max(rates), HttpBench.median(requests), HttpBench.median(cpu));
        }
        ratio(out, "batched / single (" + s.where() + ")", rows, BATCHED, SINGLE, "x");
        ratio(out, "batched / Camel's exchange ceiling", rows, BATCHED, CEILING, "");
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

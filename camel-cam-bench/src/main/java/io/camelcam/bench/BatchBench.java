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
 * many; one call per message is capped by the 64 pooled connections either way).
 */
final class BatchBench {

    static final int BATCH_SIZE = 1000;

    private static final String[] MODES = {"C one sendMessage per message", "C batchSize=" + BATCH_SIZE,
        "raw HttpClient 5, pre-encoded sendMessages of " + BATCH_SIZE + " (the sandbox's ceiling)"};

    record Settings(int messages, int inFlight, int rounds, int warmupMessages) {
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
            }
        });
        context.start();
        long acknowledged = 0;
        int batchesInFlight = Math.max(1, s.inFlight() / BATCH_SIZE);
        try (RouteTarget single = new RouteTarget(context, "direct:single", 0);
             RouteTarget batched = new RouteTarget(context, "direct:batched", 0);
             RawHttpTarget raw = new RawHttpTarget(sandbox.url(), 64, "sendMessages", Payload.batchForm(BATCH_SIZE))) {
            if (s.warmupMessages() > 0) {
                acknowledged += check(SlotRunner.forCount(single, s.inFlight(), s.warmupMessages()), "warm-up");
                acknowledged += check(SlotRunner.forCount(batched, s.inFlight(), s.warmupMessages()), "warm-up");
            }
            // per round: msg/s of single, batched, raw; then HTTP requests of each
            List<double[]> rows = new ArrayList<>();
            for (int round = 0; round < s.rounds(); round++) {
                double[] row = new double[9];
                for (int i = 0; i < 3; i++) {
                    int mode = (i + round) % 3;
                    long before = sandbox.lastRequestSeq();
                    SlotRunner.Result r = switch (mode) {
                        case 0 -> SlotRunner.forCount(single, s.inFlight(), s.messages());
                        case 1 -> SlotRunner.forCount(batched, s.inFlight(), s.messages());
                        default -> SlotRunner.forCount(raw, batchesInFlight, s.messages() / BATCH_SIZE);
                    };
                    long messages = check(r, MODES[mode]) * (mode == 2 ? BATCH_SIZE : 1);
                    acknowledged += messages;
                    row[mode] = messages * 1e9 / r.elapsedNanos();
                    row[mode + 3] = sandbox.lastRequestSeq() - before;
                    row[mode + 6] = r.cpuNanos() / 1e3 / messages;
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
        out.printf("%n%,d messages through cam:sendMessage, %,d exchanges in flight, %d rounds (median; spread = min..max)%n",
                s.messages(), s.inFlight(), s.rounds());
        out.printf("| mode | msg/s | spread | HTTP requests per run | client CPU µs/msg |%n| --- | ---: | ---: | ---: | ---: |%n");
        for (int col = 0; col < 3; col++) {
            int c = col;
            double[] rates = rows.stream().mapToDouble(r -> r[c]).toArray();
            double[] requests = rows.stream().mapToDouble(r -> r[c + 3]).toArray();
            double[] cpu = rows.stream().mapToDouble(r -> r[c + 6]).toArray();
            out.printf("| %s | %,.0f | %,.0f..%,.0f | %,.0f | %.1f |%n", MODES[col], HttpBench.median(rates),
                    min(rates), max(rates), HttpBench.median(requests), HttpBench.median(cpu));
        }
        double[] ratios = rows.stream().mapToDouble(r -> r[1] / r[0]).toArray();
        out.printf("batched / single: %.1fx (spread %.1f..%.1f, each ratio within one round)%n",
                HttpBench.median(ratios), min(ratios), max(ratios));
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }
}

package io.camelcam.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;

/**
 * A, B, C and D against a sandbox that holds every answer back by a fixed latency (5 ms by default) at
 * 64, 512 and 4,096 in flight: how close each comes to Little's law's ceiling (in flight ÷ latency),
 * how many threads the client JVM runs for it, and how much heap each exchange in flight holds. Each
 * target gets as many connections as requests in flight, so no pool caps it below the ceiling.
 */
final class LatencyBench {

    record Settings(Duration latency, int[] concurrency, Duration round, Duration warmup) {
    }

    /** One target at one concurrency. */
    record Row(int inFlight, String target, SlotRunner.Result result, int peakThreads, double heapBytesPerExchange) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private LatencyBench() {
    }

    /** Runs the comparison and prints it; returns the messages that should have reached the sandbox. */
    static long run(SandboxProcess sandbox, Settings s, PrintStream out) throws Exception {
        List<Row> rows = new ArrayList<>();
        long expected = 0;
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "bench-heap-sampler");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int n : s.concurrency()) {
                CamelContext context = HttpBench.camel(sandbox, n);
                try {
                    try (RawHttpTarget a = new RawHttpTarget(sandbox.url(), n)) {
                        expected += measure(HttpBench.A, a, n, s, sampler, rows);
                    }
                    // B's blocking producer needs a driver thread per call in flight, as a user's thread pool would
                    try (RouteTarget b = new RouteTarget(context, "direct:b", n)) {
                        expected += measure(HttpBench.B, b, n, s, sampler, rows);
                    }
                    try (RouteTarget c = new RouteTarget(context, "direct:c", 0)) {
                        expected += measure(HttpBench.C, c, n, s, sampler, rows);
                    }
                    try (RouteTarget d = new RouteTarget(context, "direct:d", 0)) {
                        expected += measure(HttpBench.D, d, n, s, sampler, rows);
                    }
                } finally {
                    context.close();
                }
                out.printf("%,d in flight done%n", n);
            }
        } finally {
            sampler.shutdownNow();
        }
        print(s, rows, out);
        for (Row row : rows) {
            if (row.result().failed() > 0) {
                throw new IllegalStateException(row.target() + " at " + row.inFlight() + " in flight: "
                        + row.result().failed() + " requests failed", row.result().firstFailure());
            }
        }
        return expected;
    }

    /**
     * The warm-up opens the connections and fills the pipeline; halfway through it the heap in use after a
     * full collection is compared with the heap before the target sent anything. The measured round follows,
     * free of forced collections, with the JVM's peak thread count reset at its start.
     */
    private static long measure(String name, SlotRunner.Target target, int n, Settings s,
                                ScheduledExecutorService sampler, List<Row> rows) throws Exception {
        long before = heapAfterGc();
        ScheduledFuture<Long> during = sampler.schedule(LatencyBench::heapAfterGc, s.warmup().toNanos() / 2,
                TimeUnit.NANOSECONDS);
        long acknowledged = SlotRunner.forDuration(target, n, s.warmup()).succeeded();
        double heapPerExchange = (during.get(1, TimeUnit.MINUTES) - before) / (double) n;
        THREADS.resetPeakThreadCount();
        SlotRunner.Result result = SlotRunner.forDuration(target, n, s.round());
        rows.add(new Row(n, name, result, THREADS.getPeakThreadCount(), heapPerExchange));
        return acknowledged + result.succeeded();
    }

    private static long heapAfterGc() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private static void print(Settings s, List<Row> rows, PrintStream out) {
        double latencySeconds = s.latency().toNanos() / 1e9;
        out.printf("%nsendMessage with %.1f ms of sandbox latency, %s per target and concurrency after a %s warm-up;"
                + " ceiling = in flight / latency (Little's law)%n", latencySeconds * 1e3, s.round(), s.warmup());
        out.printf("| in flight | target | msg/s | ceiling | of ceiling | p50 ms | p99 ms | client CPU µs/msg"
                + " | client threads (peak) | heap per exchange in flight |%n"
                + "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |%n");
        for (Row row : rows) {
            SlotRunner.Result r = row.result();
            double ceiling = row.inFlight() / latencySeconds;
            out.printf("| %,d | %s | %,.0f | %,.0f | %.0f %% | %.2f | %.2f | %.1f | %,d | %,.1f KB |%n", row.inFlight(),
                    row.target(), r.perSecond(), ceiling, 100 * r.perSecond() / ceiling, r.millis(0.50), r.millis(0.99),
                    r.cpuMicrosPerMessage(), row.peakThreads(), row.heapBytesPerExchange() / 1024);
        }
        out.println("(client threads: all live threads of the benchmark JVM, B's driver threads included;"
                + " heap per exchange: heap after a full GC with that many in flight, minus before, divided by them)");
    }
}

package io.camelcam.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.management.OperatingSystemMXBean;

/**
 * Keeps exactly {@code slots} requests in flight: each slot issues its next request the moment its
 * previous one completes, from the thread that completed it. Every target (raw HttpClient, camel-http
 * route, cam route) is driven by this one mechanism, so "64 in flight" means the same thing for all.
 */
final class SlotRunner {

    /** Sends one request and calls {@code done} exactly once, on any thread, when it has completed. */
    interface Target {
        void send(Completion done);
    }

    interface Completion {
        /** {@code failure} null = success. */
        void done(Throwable failure);
    }

    private SlotRunner() {
    }

    /** Runs for {@code duration}; counts only what completed inside it (in-flight requests then drain). */
    static Result forDuration(Target target, int slots, Duration duration) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        return run(target, slots, start, end, null);
    }

    /** Sends exactly {@code total} requests, then waits for the last to complete. */
    static Result forCount(Target target, int slots, long total) throws InterruptedException {
        long start = System.nanoTime();
        return run(target, slots, start, Long.MAX_VALUE, new AtomicLong(total));
    }

    private static Result run(Target target, int slots, long start, long end, AtomicLong budget)
            throws InterruptedException {
        long cpuBefore = processCpuNanos();
        CountDownLatch finished = new CountDownLatch(slots);
        Slot[] all = new Slot[slots];
        for (int i = 0; i < slots; i++) {
            all[i] = new Slot(target, end, budget, finished);
        }
        for (Slot slot : all) {
            slot.next();
        }
        long limitMinutes = 10;
        if (!finished.await(limitMinutes, TimeUnit.MINUTES)) {
            throw new IllegalStateException("requests still in flight " + limitMinutes + " minutes after the end");
        }
        long stop = budget == null ? end : Arrays.stream(all).mapToLong(s -> s.lastCompletion).max().orElse(start);
        return Result.merge(all, stop - start, processCpuNanos() - cpuBefore);
    }

    /** CPU time of this whole JVM (all threads, GC and JIT included): the client side's cost. */
    static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** One in-flight request at a time; a completion on the sending thread loops instead of recursing. */
    private static final class Slot {
        private static final int IDLE = 0;
        private static final int SENDING = 1;
        private static final int COMPLETED_WHILE_SENDING = 2;

        private final Target target;
        private final long end;
        private final AtomicLong budget;
        private final CountDownLatch finished;
        private final AtomicInteger state = new AtomicInteger(IDLE);
        private long[] latencies = new long[4096];
        private int count;
        private long failures;
        private Throwable firstFailure;
        private long sentAt;
        private long lastCompletion;

        Slot(Target target, long end, AtomicLong budget, CountDownLatch finished) {
            this.target = target;
            this.end = end;
            this.budget = budget;
            this.finished = finished;
        }

        void next() {
            while (true) {
                long now = System.nanoTime();
                if (now >= end || (budget != null && budget.getAndDecrement() <= 0)) {
                    finished.countDown();
                    return;
                }
                sentAt = now;
                state.set(SENDING);
                target.send(this::completed);
                if (state.compareAndSet(SENDING, IDLE)) {
                    return; // completes later, on another thread, which then calls next()
                }
            }
        }

        private void completed(Throwable failure) {
            long now = System.nanoTime();
            if (now <= end) {
                if (failure == null) {
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = now - sentAt;
                } else {
                    if (firstFailure == null) {
                        firstFailure = failure;
                    }
                    failures++;
                }
                lastCompletion = now;
            }
            if (!state.compareAndSet(SENDING, COMPLETED_WHILE_SENDING)) {
                next();
            }
        }
    }

    /** What one run measured; latencies in nanoseconds, sorted. */
    record Result(long succeeded, long failed, Throwable firstFailure, long elapsedNanos, long[] sortedLatencies,
            long cpuNanos) {

        static Result merge(Slot[] slots, long elapsedNanos, long cpuNanos) {
            int total = 0;
            long failed = 0;
            Throwable first = null;
            for (Slot s : slots) {
                total += s.count;
                failed += s.failures;
                if (first == null) {
                    first = s.firstFailure;
                }
            }
            long[] all = new long[total];
            int at = 0;
            for (Slot s : slots) {
                System.arraycopy(s.latencies, 0, all, at, s.count);
                at += s.count;
            }
            Arrays.sort(all);
            return new Result(total, failed, first, elapsedNanos, all, cpuNanos);
        }

        /** Client CPU (this JVM) per message, in microseconds; requests still draining count in the cost. */
        double cpuMicrosPerMessage() {
            return succeeded == 0 ? Double.NaN : cpuNanos / 1e3 / succeeded;
        }

        double perSecond() {
            return succeeded * 1e9 / elapsedNanos;
        }

        /** The q-quantile latency in milliseconds (q in 0..1), NaN when nothing completed. */
        double millis(double q) {
            if (sortedLatencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(sortedLatencies.length - 1, Math.round(q * (sortedLatencies.length - 1)));
            return sortedLatencies[index] / 1e6;
        }
    }
}

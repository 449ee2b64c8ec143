package io.camelcam.sandbox.internal.fault;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import io.camelcam.sandbox.FaultKind;

/**
 * Decides, request by request, whether a fault applies. Counted faults are consumed first-in first-out
 * (a request takes the first pending entry whose operation matches); random faults apply afterwards.
 */
public final class FaultEngine {

    private final Set<String> operations;
    private final Object lock = new Object();
    private final Deque<Pending> pending = new ArrayDeque<>();
    private RandomFaults random;
    /** Lets the hot path skip the lock entirely while no fault is configured, which is nearly always. */
    private volatile boolean armed;

    public FaultEngine(Set<String> operations) {
        this.operations = Set.copyOf(operations);
    }

    /** The fault for this request to {@code operation}, or {@code null}. */
    public Fault next(String operation) {
        if (!armed) {
            return null;
        }
        synchronized (lock) {
            for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
                Pending p = it.next();
                if (p.operation == null || p.operation.equals(operation)) {
                    if (--p.remaining == 0) {
                        it.remove();
                    }
                    rearm();
                    return p.fault;
                }
            }
            return random == null ? null : random.draw();
        }
    }

    public void add(int count, String operation, Fault fault) {
        if (count < 1) {
            throw new IllegalArgumentException("a fault applies to at least 1 request, not " + count);
        }
        if (operation != null && !operations.contains(operation)) {
            throw new IllegalArgumentException("unknown operation '" + operation + "'; known: " + operations);
        }
        Objects.requireNonNull(fault, "fault");
        synchronized (lock) {
            pending.add(new Pending(count, operation, fault));
            rearm();
        }
    }

    /** Replaces any earlier random setting. */
    public void random(double probability, long seed, List<FaultKind> kinds) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be within 0..1, not " + probability);
        }
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("random faults need at least one kind");
        }
        synchronized (lock) {
            random = new RandomFaults(probability, seed, List.copyOf(kinds));
            rearm();
        }
    }

    public void clear() {
        synchronized (lock) {
            pending.clear();
            random = null;
            rearm();
        }
    }

    public List<String> pending() {
        synchronized (lock) {
            List<String> out = new ArrayList<>();
            for (Pending p : pending) {
                out.add("next " + p.remaining + (p.remaining == 1 ? " request" : " requests")
                        + (p.operation == null ? "" : " to " + p.operation) + ": " + p.fault.describe());
            }
            if (random != null) {
                out.add(random.describe());
            }
            return out;
        }
    }

    private void rearm() {
        armed = !pending.isEmpty() || random != null;
    }

    private static final class Pending {
        int remaining;
        final String operation;
        final Fault fault;

        Pending(int remaining, String operation, Fault fault) {
            this.remaining = remaining;
            this.operation = operation;
            this.fault = fault;
        }
    }

    /** Seeded, so a test that replays the same requests meets the same faults. Guarded by the engine's lock. */
    private static final class RandomFaults {
        final double probability;
        final long seed;
        final List<FaultKind> kinds;
        final Random random;

        RandomFaults(double probability, long seed, List<FaultKind> kinds) {
            this.probability = probability;
            this.seed = seed;
            this.kinds = kinds;
            this.random = new Random(seed);
        }

        Fault draw() {
            if (random.nextDouble() >= probability) {
                return null;
            }
            return Fault.of(kinds.get(random.nextInt(kinds.size())));
        }

        String describe() {
            return "random " + probability * 100 + "% of all requests (seed " + seed + "): " + kinds;
        }
    }
}

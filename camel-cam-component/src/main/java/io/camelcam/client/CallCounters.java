package io.camelcam.client;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Calls sent over one transport and how many failed, by exception type, for monitoring. Counting
 * costs an uncontended LongAdder increment per attempt. The map of failure types is bounded:
 * the client's own exception types are few, and anything past {@value #MAX_FAILURE_TYPES} distinct
 * types is counted under {@value #OTHER}.
 */
public final class CallCounters {

    /** The most distinct exception types counted separately. */
    public static final int MAX_FAILURE_TYPES = 16;
    /** Where failures of further types are counted. */
    public static final String OTHER = "other";

    private final LongAdder calls = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final Map<String, LongAdder> failuresByType = new ConcurrentHashMap<>();
    private volatile LastFailure lastFailure;

    /** One attempt sent (a retry is one more). */
    void called() {
        calls.increment();
    }

    /** One attempt failed with {@code error}, whose message holds no secret (the client's never do). */
    void failed(Throwable error) {
        failures.increment();
        String type = error.getClass().getSimpleName();
        LongAdder counter = failuresByType.get(type);
        if (counter == null) {
            counter = counterOfNewType(type);
        }
        counter.increment();
        lastFailure = new LastFailure(Instant.now(), type, error.getMessage());
    }

    /** Only the first failure of a type gets here, so the lock is rare; it keeps the bound exact. */
    private synchronized LongAdder counterOfNewType(String type) {
        LongAdder counter = failuresByType.get(type);
        if (counter != null) {
            return counter;
        }
        String key = failuresByType.size() < MAX_FAILURE_TYPES ? type : OTHER;
        return failuresByType.computeIfAbsent(key, k -> new LongAdder());
    }

    public long calls() {
        return calls.sum();
    }

    public long failures() {
        return failures.sum();
    }

    /** Failures by the simple name of their exception type, sorted by name. */
    public Map<String, Long> failuresByType() {
        Map<String, Long> copy = new TreeMap<>();
        failuresByType.forEach((type, count) -> copy.put(type, count.sum()));
        return copy;
    }

    /** The most recent failure, or null if none. */
    public LastFailure lastFailure() {
        return lastFailure;
    }

    /** When a call last failed, the exception's simple type name and its message. */
    public record LastFailure(Instant at, String type, String message) {
        @Override
        public String toString() {
            return at + " " + type + ": " + message;
        }
    }
}

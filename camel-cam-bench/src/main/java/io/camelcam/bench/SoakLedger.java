package io.camelcam.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import io.camelcam.client.error.CamApiException;
import io.camelcam.client.error.CamConnectException;
import io.camelcam.client.error.CamException;
import io.camelcam.client.error.CamHttpException;
import io.camelcam.client.error.CamResponseException;
import io.camelcam.client.error.CamTransportException;

/**
 * The soak's books: for each kind of operation, how many were started and how each ended, and for
 * the message operations how many messages. Every failure is filed under its exception type; one
 * that is not a {@code io.camelcam.client.error.Cam*} exception is filed as {@code UNTYPED} and kept
 * (the first few, with their stack traces) for the report.
 */
final class SoakLedger {

    static final String UNTYPED = "UNTYPED";
    private static final int UNTYPED_EXAMPLES = 5;

    /** One kind of operation; counters are updated from any thread. */
    static final class Operation {
        final String name;
        final LongAdder started = new LongAdder();
        final LongAdder succeeded = new LongAdder();
        final LongAdder failed = new LongAdder();
        final AtomicLong inFlight = new AtomicLong();
        final LongAdder messagesSent = new LongAdder();
        final LongAdder messagesAcknowledged = new LongAdder();
        final LongAdder messagesFailed = new LongAdder();
        /** Messages of failed calls whose outcome is unknown: CAM may have accepted them. */
        final LongAdder messagesOutcomeUnknown = new LongAdder();
        final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

        private Operation(String name) {
            this.name = name;
        }
    }

    private final Map<String, Operation> operations = new LinkedHashMap<>();
    private final List<String> untypedExamples = new ArrayList<>();

    /** Declares the operations up front, in the order the report lists them. */
    SoakLedger(List<String> names) {
        names.forEach(n -> operations.put(n, new Operation(n)));
    }

    Operation operation(String name) {
        Operation op = operations.get(name);
        if (op == null) {
            throw new IllegalArgumentException("no operation " + name + " in the ledger");
        }
        return op;
    }

    List<Operation> operations() {
        return List.copyOf(operations.values());
    }

    void started(Operation op, int messages) {
        op.inFlight.incrementAndGet();
        op.started.increment();
        op.messagesSent.add(messages);
    }

    /** Files one outcome: {@code failure} null means success. Called exactly once per start. */
    void completed(Operation op, int messages, Throwable failure) {
        if (failure == null) {
            op.succeeded.increment();
            op.messagesAcknowledged.add(messages);
        } else {
            op.failed.increment();
            op.messagesFailed.add(messages);
            if (outcomeUnknown(failure)) {
                op.messagesOutcomeUnknown.add(messages);
            }
            String label = label(failure);
            op.failures.computeIfAbsent(label, k -> new LongAdder()).increment();
            if (label.startsWith(UNTYPED)) {
                keepExample(op, failure);
            }
        }
        op.inFlight.decrementAndGet();
    }

    long total(Function<Operation, LongAdder> counter) {
        return operations.values().stream().mapToLong(op -> counter.apply(op).sum()).sum();
    }

    long inFlight() {
        return operations.values().stream().mapToLong(op -> op.inFlight.get()).sum();
    }

    /** Failures of all operations together, by type. */
    Map<String, Long> failuresByType() {
        Map<String, Long> all = new TreeMap<>();
        operations.values().forEach(op -> op.failures.forEach((k, v) -> all.merge(k, v.sum(), Long::sum)));
        return all;
    }

    long untyped() {
        return failuresByType().entrySet().stream().filter(e -> e.getKey().startsWith(UNTYPED))
                .mapToLong(Map.Entry::getValue).sum();
    }

    synchronized List<String> untypedExamples() {
        return List.copyOf(untypedExamples);
    }

    private synchronized void keepExample(Operation op, Throwable failure) {
        if (untypedExamples.size() < UNTYPED_EXAMPLES) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            untypedExamples.add(op.name + ": " + trace);
        }
    }

    /** E.g. {@code CamHttpException 503}, {@code CamApiException 404}, {@code CamTimeoutException}, {@code UNTYPED ...}. */
    static String label(Throwable failure) {
        if (failure instanceof CamHttpException http) {
            return "CamHttpException " + http.getStatusCode();
        }
        if (failure instanceof CamApiException api) {
            return "CamApiException " + api.getErrorCode();
        }
        if (failure instanceof CamException) {
            return failure.getClass().getSimpleName();
        }
        return UNTYPED + " " + failure.getClass().getName();
    }

    /**
     * Whether CAM may have accepted the request all the same (docs/errors-and-retries.md): the answer
     * was lost (timeout, broken connection), unreadable, or a 5xx other than 503 from somewhere between;
     * and any failure that is not the component's, which says nothing either way.
     */
    static boolean outcomeUnknown(Throwable failure) {
        if (!(failure instanceof CamException)) {
            return true;
        }
        if (failure instanceof CamConnectException) {
            return false;
        }
        if (failure instanceof CamTransportException || failure instanceof CamResponseException) {
            return true;
        }
        return failure instanceof CamHttpException http && http.getStatusCode() >= 500 && http.getStatusCode() != 503;
    }
}

package io.camelcam.sandbox;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.camelcam.sandbox.internal.fault.Fault;
import io.camelcam.sandbox.internal.fault.FaultEngine;

/**
 * Injects faults into the nine CAM operations (never into {@code /_sandbox} or {@code /quick}).
 * <pre>{@code
 * sandbox.faults().next(3).status(503);
 * sandbox.faults().next(1).on("sendMessage").dropConnection();
 * sandbox.faults().randomly(0.10, 42L, FaultKind.STATUS_503, FaultKind.DROP_CONNECTION);
 * }</pre>
 * Status, 429 and CAM-error faults answer without processing the request; delay, truncated and dropped
 * responses are produced after the request was processed (see {@link FaultKind#processesRequest()}).
 */
public final class SandboxFaults {

    private final FaultEngine engine;

    SandboxFaults(FaultEngine engine) {
        this.engine = engine;
    }

    /** Starts a fault for the next {@code count} requests (of any operation unless narrowed by {@link Next#on}). */
    public Next next(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, not " + count);
        }
        return new Next(count);
    }

    /**
     * From now until {@link #clear()}, each request is independently faulted with {@code probability},
     * the kind drawn uniformly from {@code kinds}, with default parameters (delay 1 s, Retry-After 1 s,
     * CAM error 404 SC_NOT_FOUND). The draws come from a {@link java.util.Random} seeded with {@code seed}.
     */
    public SandboxFaults randomly(double probability, long seed, FaultKind... kinds) {
        engine.random(probability, seed, Arrays.asList(kinds));
        return this;
    }

    /** Removes all pending and random faults. */
    public SandboxFaults clear() {
        engine.clear();
        return this;
    }

    /** The pending faults, human-readable. */
    public List<String> pending() {
        return engine.pending();
    }

    /** A fault being described; one of the terminal methods registers it. */
    public final class Next {
        private final int count;
        private String operation;

        private Next(int count) {
            this.count = count;
        }

        /** Only requests to this operation count (and are faulted). */
        public Next on(String operation) {
            this.operation = Objects.requireNonNull(operation, "operation");
            return this;
        }

        /** Answers HTTP 500, 502, 503 or 504 with a short text body. */
        public SandboxFaults status(int httpStatus) {
            FaultKind kind = switch (httpStatus) {
                case 500 -> FaultKind.STATUS_500;
                case 502 -> FaultKind.STATUS_502;
                case 503 -> FaultKind.STATUS_503;
                case 504 -> FaultKind.STATUS_504;
                default -> throw new IllegalArgumentException(
                        "status faults are 500, 502, 503 or 504 (429: tooManyRequests), not " + httpStatus);
            };
            return register(Fault.of(kind));
        }

        /** Answers HTTP 429 with {@code Retry-After} in whole seconds (rounded up). */
        public SandboxFaults tooManyRequests(Duration retryAfter) {
            return register(new Fault(FaultKind.TOO_MANY_REQUESTS, retryAfter, null, null));
        }

        /** Processes the request, then waits this long before answering. */
        public SandboxFaults delay(Duration delay) {
            return register(new Fault(FaultKind.DELAY, delay, null, null));
        }

        /** Processes the request, then answers half of the body with a matching Content-Length. */
        public SandboxFaults truncatedJson() {
            return register(Fault.of(FaultKind.TRUNCATED_JSON));
        }

        /** Processes the request, announces the full Content-Length, sends half the body and closes the connection. */
        public SandboxFaults dropConnection() {
            return register(Fault.of(FaultKind.DROP_CONNECTION));
        }

        /**
         * Processes the request, announces the full Content-Length, sends half the body, then sends nothing
         * for {@code stall} before closing the connection: a server or network that stops mid-answer.
         */
        public SandboxFaults stallBody(Duration stall) {
            return register(new Fault(FaultKind.STALL_BODY, stall, null, null));
        }

        /** Processes the request, sends half the body chunked and closes the connection without the last chunk. */
        public SandboxFaults cutChunked() {
            return register(Fault.of(FaultKind.CUT_CHUNKED));
        }

        /**
         * Processes the request, then answers HTTP 200 JSON padded to {@code bytes} (generated while sent,
         * chunked): an answer too large for a client to buffer.
         */
        public SandboxFaults oversizedAnswer(long bytes) {
            return register(new Fault(FaultKind.OVERSIZED_ANSWER, Duration.ZERO, null, null, bytes));
        }

        /** Answers HTTP 200 with {@code status:520} and this one error, without processing the request. */
        public SandboxFaults camError(String code, String message) {
            return register(new Fault(FaultKind.CAM_ERROR, Duration.ZERO,
                    Objects.requireNonNull(code, "code"), Objects.requireNonNull(message, "message")));
        }

        /** The fault of that kind with its default parameters. */
        public SandboxFaults fault(FaultKind kind) {
            return register(Fault.of(kind));
        }

        private SandboxFaults register(Fault fault) {
            engine.add(count, operation, fault);
            return SandboxFaults.this;
        }
    }
}

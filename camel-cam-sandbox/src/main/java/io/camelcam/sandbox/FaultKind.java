package io.camelcam.sandbox;

/**
 * What a fault does to a request. The first group answers without processing the request (state is
 * unchanged); the second processes it normally and then spoils the response, so a client that retries
 * may duplicate the effect, as it could against a real server.
 */
public enum FaultKind {
    /** HTTP 500 with a short text body; not processed. */
    STATUS_500(false),
    /** HTTP 502 with a short text body; not processed. */
    STATUS_502(false),
    /** HTTP 503 with a short text body; not processed. */
    STATUS_503(false),
    /** HTTP 504 with a short text body; not processed. */
    STATUS_504(false),
    /** HTTP 429 with {@code Retry-After}; not processed. */
    TOO_MANY_REQUESTS(false),
    /** HTTP 200 with {@code status:520} and a chosen error; not processed. */
    CAM_ERROR(false),
    /** Processed; the response is sent after a delay. */
    DELAY(true),
    /** Processed; HTTP 200 whose Content-Length and body are half of the real response. */
    TRUNCATED_JSON(true),
    /** Processed; the full Content-Length is announced, half the body is sent, then the connection is closed. */
    DROP_CONNECTION(true),
    /** Processed; the full Content-Length is announced, half the body is sent, then nothing more for a while. */
    STALL_BODY(true),
    /** Processed; the body is sent chunked, half of it, and the connection is closed without the last chunk. */
    CUT_CHUNKED(true),
    /** Processed; HTTP 200 JSON answered with a body padded to a given size (512 MiB by default), sent chunked. */
    OVERSIZED_ANSWER(true);

    private final boolean processesRequest;

    FaultKind(boolean processesRequest) {
        this.processesRequest = processesRequest;
    }

    /** Whether a request hit by this fault still changes the sandbox's state. */
    public boolean processesRequest() {
        return processesRequest;
    }
}

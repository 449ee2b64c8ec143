package io.camelcam.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * One request to one of the nine CAM operations, as the request log keeps it.
 *
 * @param seq          arrival number, from 1 after each reset
 * @param at           when the sandbox clock received it
 * @param method       HTTP method
 * @param operation    the operation name, e.g. {@code sendMessage}
 * @param role         {@code USER}, {@code ADMIN} or {@code NONE}: what the presented token is
 * @param httpStatus   the HTTP status answered (announced, when a fault spoiled the body)
 * @param camStatus    the body's {@code status}: 200, 520, or 0 when the body has none
 * @param errorCodes   the CAM error codes answered, in order
 * @param fault        the {@link FaultKind} name applied, or {@code null}
 * @param requestBytes request body bytes the sandbox read
 */
public record RecordedRequest(long seq, Instant at, String method, String operation, String role,
                              int httpStatus, int camStatus, List<String> errorCodes,
                              String fault, long requestBytes) {

    public RecordedRequest {
        errorCodes = List.copyOf(errorCodes);
    }
}

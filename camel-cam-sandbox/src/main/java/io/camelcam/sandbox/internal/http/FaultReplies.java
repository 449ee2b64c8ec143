package io.camelcam.sandbox.internal.http;

import java.util.List;
import java.util.Map;

import io.camelcam.sandbox.internal.cam.ErrorEntry;
import io.camelcam.sandbox.internal.cam.JsonReplies;
import io.camelcam.sandbox.internal.cam.Reply;
import io.camelcam.sandbox.internal.fault.Fault;

/** The answers of the faults that replace a request's processing. */
final class FaultReplies {

    private FaultReplies() {
    }

    static Reply replacing(Fault fault) {
        return switch (fault.kind()) {
            case STATUS_500, STATUS_502, STATUS_503, STATUS_504 ->
                    Reply.text(fault.httpStatus(), "sandbox fault: HTTP " + fault.httpStatus(), Map.of());
            case TOO_MANY_REQUESTS -> Reply.text(429, "sandbox fault: Too Many Requests",
                    Map.of("Retry-After", Long.toString(fault.retryAfterSeconds())));
            case CAM_ERROR -> JsonReplies.errors(List.of(new ErrorEntry(fault.camCode(), fault.camMessage())));
            default -> throw new IllegalArgumentException(fault.kind() + " does not replace processing");
        };
    }
}

package io.camelcam.sandbox.internal.http;

import io.camelcam.sandbox.internal.cam.CamError;
import io.camelcam.sandbox.internal.cam.Json;
import io.camelcam.sandbox.internal.cam.Reply;
import io.camelcam.sandbox.internal.fault.Fault;

import java.util.List;
import java.util.Map;

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
            case CAM_ERROR -> Json.errors(List.of(new CamError(fault.camCode(), fault.camMessage())));
            default -> throw new IllegalArgumentException(fault.kind() + " does not replace processing");
        };
    }
}

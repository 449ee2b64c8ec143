package io.camelcam.client.internal.http;

import java.io.IOException;

/** A JSON answer larger than the configured bound: read no further, fail the call. */
final class ResponseTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    ResponseTooLargeException(long limit, String seen) {
        super("the answer is larger than maxResponseSize (" + limit + " bytes): " + seen
                + "; nothing of it was parsed. Raise maxResponseSize if CAM's answers really are this large");
    }
}

package io.camelcam.sandbox.internal.http;

import java.io.IOException;

/**
 * The client sent a body that is not valid multipart/form-data. An {@link IOException} because it surfaces
 * through stream reads (e.g. inside a CSV parser), yet it is the client's fault, not the network's.
 */
public final class MalformedMultipartException extends IOException {

    public MalformedMultipartException(String message) {
        super(message);
    }
}

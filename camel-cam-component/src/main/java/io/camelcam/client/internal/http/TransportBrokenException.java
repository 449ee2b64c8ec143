package io.camelcam.client.internal.http;

import java.io.IOException;

/**
 * Fails the calls a broken transport leaves behind: an I/O thread died (an {@link Error} such as
 * {@link OutOfMemoryError}), or the transport was closed while they were in flight. The request
 * may have been processed: the outcome is unknown.
 */
public final class TransportBrokenException extends IOException {

    private static final long serialVersionUID = 1L;

    public TransportBrokenException(String message, Throwable cause) {
        super(message, cause);
    }
}

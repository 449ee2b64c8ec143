package io.camelcam.sandbox.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import io.camelcam.sandbox.SandboxLimits;
import io.camelcam.sandbox.internal.cam.RequestRefusedException;

/**
 * Reads request bodies within the sandbox's limits: a url-encoded form whole, up to
 * {@link SandboxLimits#MAX_FORM_BODY_BYTES}; what is left of any body, read and dropped up to a bound,
 * so the client gets to read its answer.
 */
final class RequestBodies {

    private static final String MAX_BODY = SandboxLimits.MAX_FORM_BODY_BYTES / (1024 * 1024) + " MiB";
    /**
     * How much of a refused, oversized body is still read and discarded: a client is usually still sending
     * when it is refused, and closing a socket with unread input resets the connection, answer and all.
     */
    private static final long MAX_DISCARD_BYTES = 4L * SandboxLimits.MAX_FORM_BODY_BYTES;

    private RequestBodies() {
    }

    /**
     * The whole body.
     *
     * @param announced the Content-Length, or -1 when there is none
     * @throws RequestRefusedException naming the body when it is larger than the limit
     */
    static byte[] readForm(InputStream body, long announced) throws IOException {
        if (announced > SandboxLimits.MAX_FORM_BODY_BYTES) {
            throw tooLarge(body);
        }
        byte[] data = new byte[announced >= 0 ? (int) announced : 8192];
        int n = 0;
        while (true) {
            if (n == data.length) {
                // full: probe for one more byte before growing, so an exact Content-Length costs no copy
                int next = body.read();
                if (next < 0) {
                    return data;
                }
                if (n >= SandboxLimits.MAX_FORM_BODY_BYTES) {
                    throw tooLarge(body);
                }
                data = Arrays.copyOf(data, (int) Math.min(Math.max(2L * n, 8192), SandboxLimits.MAX_FORM_BODY_BYTES));
                data[n++] = (byte) next;
                continue;
            }
            int read = body.read(data, n, data.length - n);
            if (read < 0) {
                return Arrays.copyOf(data, n);
            }
            n += read;
        }
    }

    /**
     * Reads and drops what is left of a request body, up to {@link #MAX_DISCARD_BYTES}: the JDK server
     * closes a connection that has more than 64 KiB of it unread, and a client still sending then gets
     * a reset instead of the answer.
     */
    static void discardRest(InputStream body) throws IOException {
        long discarded = 0;
        byte[] sink = new byte[64 * 1024];
        for (int n = body.read(sink); n >= 0 && discarded < MAX_DISCARD_BYTES; n = body.read(sink)) {
            discarded += n;
        }
    }

    private static RequestRefusedException tooLarge(InputStream body) throws IOException {
        discardRest(body);
        return RequestRefusedException.invalid("body", "larger than " + MAX_BODY);
    }
}

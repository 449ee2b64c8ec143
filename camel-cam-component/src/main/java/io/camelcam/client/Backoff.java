package io.camelcam.client;

import java.time.Duration;

/** How long to wait before a retry: the first wait, doubled for each further retry (capped at 2^10 times). */
public final class Backoff {

    private static final int MAX_DOUBLINGS = 10;

    private Backoff() {
    }

    /** The wait before retry number {@code retry} (1 for the first). */
    public static Duration before(int retry, Duration first) {
        return first.multipliedBy(1L << Math.min(Math.max(retry - 1, 0), MAX_DOUBLINGS));
    }
}

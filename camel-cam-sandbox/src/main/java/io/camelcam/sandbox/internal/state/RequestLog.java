package io.camelcam.sandbox.internal.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.camelcam.sandbox.RecordedRequest;

/** The last {@code capacity} requests to the CAM operations, as a ring. */
public final class RequestLog {

    private final RecordedRequest[] ring;
    private int next;
    private int size;
    private long seq;

    public RequestLog(int capacity) {
        this.ring = new RecordedRequest[capacity];
    }

    public synchronized RecordedRequest record(Instant at, String method, String operation, String role, int httpStatus,
                                               int camStatus, List<String> errorCodes, String fault, long requestBytes) {
        RecordedRequest entry = new RecordedRequest(++seq, at, method, operation, role, httpStatus, camStatus,
                errorCodes, fault, requestBytes);
        ring[next] = entry;
        next = (next + 1) % ring.length;
        size = Math.min(size + 1, ring.length);
        return entry;
    }

    /** Oldest first. */
    public synchronized List<RecordedRequest> all() {
        List<RecordedRequest> out = new ArrayList<>(size);
        int start = (next - size + ring.length) % ring.length;
        for (int i = 0; i < size; i++) {
            out.add(ring[(start + i) % ring.length]);
        }
        return out;
    }

    public synchronized void clear() {
        Arrays.fill(ring, null);
        next = 0;
        size = 0;
        seq = 0;
    }
}

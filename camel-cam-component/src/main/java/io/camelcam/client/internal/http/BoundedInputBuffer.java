package io.camelcam.client.internal.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.hc.core5.http.nio.CapacityChannel;

/**
 * Bytes of a streamed body between the I/O thread, which fills it, and the reader. Unlike HttpCore's
 * {@code SharedInputBuffer} it never grants the connection more input than it has free room for:
 * that one grants a whole buffer again each time the HTTP/1.1 window runs out while it is empty,
 * on top of what reads give back, so the window grows without bound while the reader keeps up and
 * the buffer then swells to tens of MB the moment the reader pauses (found streaming a 77 MB export
 * under -Xmx64m). Here the memory held stays within {@code capacity} plus what one socket read
 * brings beyond the window.
 */
final class BoundedInputBuffer {

    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private byte[] data;
    private int start;
    private int end;
    /** Room promised to the connection and not yet filled. */
    private int granted;
    private CapacityChannel channel;
    private boolean endOfStream;
    private boolean aborted;

    BoundedInputBuffer(int capacity) {
        this.capacity = capacity;
        this.data = new byte[capacity];
    }

    /** I/O thread: takes what arrived (the connection's initial window and one read's overshoot come unasked). */
    void fill(ByteBuffer src) {
        lock.lock();
        try {
            int n = src.remaining();
            if (end + n > data.length) {
                int held = end - start;
                byte[] target = held + n > data.length ? new byte[held + n] : data;
                System.arraycopy(data, start, target, 0, held);
                data = target;
                start = 0;
                end = held;
            }
            src.get(data, end, n);
            end += n;
            granted = Math.max(0, granted - n);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * I/O thread: the connection's window ran out and it stopped reading. A read can take more than
     * the window (it goes negative), so nothing promised earlier is still to come: grant the room
     * there is now.
     */
    void updateCapacity(CapacityChannel capacityChannel) throws IOException {
        lock.lock();
        try {
            channel = capacityChannel;
            granted = 0;
            grant(1);
        } finally {
            lock.unlock();
        }
    }

    /** Under the lock: grants the free room not yet promised, once it reaches {@code atLeast}. */
    private void grant(int atLeast) throws IOException {
        int free = capacity - (end - start) - granted;
        if (channel != null && free >= atLeast) {
            granted += free;
            channel.update(free);
        }
    }

    /** Reader: blocks until bytes, the end or a failure; -1 at the end. */
    int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        lock.lock();
        try {
            while (start == end && !endOfStream && !aborted) {
                changed.await();
            }
            if (aborted) {
                throw new InterruptedIOException("stream aborted");
            }
            if (start == end) {
                return -1;
            }
            int n = Math.min(len, end - start);
            System.arraycopy(data, start, b, off, n);
            start += n;
            if (start == end) {
                start = 0;
                end = 0;
            }
            // in half-buffer steps: one window update per read would wake the I/O thread each time
            grant(capacity / 2);
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for CAM's data");
        } finally {
            lock.unlock();
        }
    }

    void markEndStream() {
        lock.lock();
        try {
            endOfStream = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void abort() {
        lock.lock();
        try {
            aborted = true;
            data = new byte[0];
            start = 0;
            end = 0;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}

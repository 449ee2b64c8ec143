package io.camelcam.client.internal.http;

import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.apache.hc.core5.http.nio.CapacityChannel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The streamed body's buffer never lets the connection send more than it has room for. */
class BoundedInputBufferTest {

    private static final int CAPACITY = 1000;

    private final List<Integer> grants = new ArrayList<>();
    private final CapacityChannel channel = grants::add;
    private final BoundedInputBuffer buffer = new BoundedInputBuffer(CAPACITY);

    private void arrive(int bytes) {
        buffer.fill(ByteBuffer.wrap(new byte[bytes]));
    }

    private int read(int bytes) throws Exception {
        return buffer.read(new byte[bytes], 0, bytes);
    }

    @Test
    void grantsOnlyTheRoomLeftWhenTheWindowRunsOut() throws Exception {
        arrive(600); // the connection's initial window, unasked
        buffer.updateCapacity(channel);
        assertThat(grants).containsExactly(400);

        arrive(450); // a read may overshoot the window
        buffer.updateCapacity(channel);
        assertThat(grants).containsExactly(400); // full: nothing more until the reader makes room
    }

    @Test
    void aReaderThatKeepsUpDoesNotLetTheWindowGrow() throws Exception {
        // HttpCore's HTTP/1.1 window: starts open, shrinks by what arrives, and asks for more
        // (updateCapacity) only once it is used up
        long[] window = {600};
        CapacityChannel connection = increment -> window[0] += increment;
        for (int i = 0; i < 1000; i++) {
            int chunk = 100 + i % 7 * 30;
            arrive(chunk);
            window[0] -= chunk;
            if (window[0] <= 0) {
                buffer.updateCapacity(connection);
            }
            read(chunk);
            assertThat(window[0]).isLessThanOrEqualTo(CAPACITY);
        }
    }

    @Test
    void readsInHalfBufferStepsOnceTheWindowIsOpen() throws Exception {
        buffer.updateCapacity(channel);
        arrive(CAPACITY);
        grants.clear();

        assertThat(read(300)).isEqualTo(300);
        assertThat(grants).isEmpty();
        assertThat(read(300)).isEqualTo(300);
        assertThat(grants).containsExactly(600);
    }

    @Test
    void endAndAbortReachTheReader() throws Exception {
        arrive(10);
        buffer.markEndStream();
        assertThat(read(100)).isEqualTo(10);
        assertThat(read(100)).isEqualTo(-1);

        BoundedInputBuffer aborted = new BoundedInputBuffer(CAPACITY);
        aborted.abort();
        assertThatThrownBy(() -> aborted.read(new byte[1], 0, 1)).isInstanceOf(InterruptedIOException.class);
    }
}

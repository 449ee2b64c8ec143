package io.camelcam.sandbox.internal.state;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;

import io.camelcam.sandbox.ReceivedMessage;

/** Received messages: a bounded window of the latest ones and an exact total. */
public final class MessageLog {

    private final int maxRetained;
    private final ArrayDeque<ReceivedMessage> retained = new ArrayDeque<>();
    private long total;

    public MessageLog(int maxRetained) {
        this.maxRetained = maxRetained;
    }

    /** Records the messages of one request together, with consecutive sequence numbers. */
    public synchronized void append(String operation, List<ValidatedMessage> messages, Instant at) {
        for (ValidatedMessage m : messages) {
            retained.addLast(new ReceivedMessage(++total, operation, m.panelName(), m.text(), m.users(), m.opened(), at));
            if (retained.size() > maxRetained) {
                retained.removeFirst();
            }
        }
    }

    /** The retained messages in arrival order. */
    public synchronized List<ReceivedMessage> all() {
        return List.copyOf(retained);
    }

    public synchronized long total() {
        return total;
    }

    public synchronized void clear() {
        retained.clear();
        total = 0;
    }
}

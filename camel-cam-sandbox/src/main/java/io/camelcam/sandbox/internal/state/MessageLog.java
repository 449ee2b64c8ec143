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
    /** Counts clears, so a watcher can tell "reset, then as many new messages" from "nothing new". */
    private long generation;

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

    /** The retained messages after {@code seq}, in arrival order: what a watcher has not seen yet. */
    public synchronized List<ReceivedMessage> newerThan(long seq) {
        ArrayDeque<ReceivedMessage> newer = new ArrayDeque<>();
        for (var it = retained.descendingIterator(); it.hasNext(); ) {
            ReceivedMessage m = it.next();
            if (m.seq() <= seq) {
                break;
            }
            newer.addFirst(m);
        }
        return List.copyOf(newer);
    }

    public synchronized long generation() {
        return generation;
    }

    public synchronized long total() {
        return total;
    }

    public synchronized void clear() {
        retained.clear();
        total = 0;
        generation++;
    }
}

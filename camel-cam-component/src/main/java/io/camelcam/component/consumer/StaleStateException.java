package io.camelcam.component.consumer;

import org.apache.camel.RuntimeCamelException;

/**
 * The shared baseline was moved on by another node since this one read it, so this node's write is
 * refused: it was not (or no longer) the one consumer of its cluster. Nothing is overwritten; the
 * consumer reads the newer baseline again at its next poll.
 */
public class StaleStateException extends RuntimeCamelException {

    private final String store;

    public StaleStateException(String store, String reason) {
        super("The " + store + " " + reason);
        this.store = store;
    }

    /** The store that refused, e.g. "ZooKeeper node /camel-cam/state/getConferenceMaster". */
    public String getStore() {
        return store;
    }
}

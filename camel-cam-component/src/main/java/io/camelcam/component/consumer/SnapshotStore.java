package io.camelcam.component.consumer;

/** Where a consumer keeps what it last saw, between polls and across restarts and nodes. */
interface SnapshotStore extends AutoCloseable {

    /** The stored state, or null when nothing is stored yet. Read anew on every call. */
    String load() throws Exception;

    void save(String state) throws Exception;

    /**
     * Fails with a {@link StaleStateException} when another node wrote the state since this store read
     * or wrote it. Only a store that can tell (ZooKeeper's node version) checks; the others trust
     * leader election.
     */
    default void checkCurrent() throws Exception {
    }

    /** Releases what the store opened itself (a connection); the stores over a file or memory hold nothing. */
    @Override
    default void close() {
    }
}

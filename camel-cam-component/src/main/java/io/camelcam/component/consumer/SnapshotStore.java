package io.camelcam.component.consumer;

/** Where a consumer keeps what it last saw, between polls and across restarts and nodes. */
interface SnapshotStore {

    /** The stored state, or null when nothing is stored yet. Read anew on every call. */
    String load() throws Exception;

    void save(String state) throws Exception;
}

package io.camelcam.component.consumer;

/**
 * One change found by {@link SnapshotDiff}: the entry before and after (one of them null for
 * CREATED and DELETED), and the period it is in after the change (for DELETED: the period it was
 * in, which is still watched).
 */
record Change<T>(ChangeType type, String period, T before, T after) {

    /** What the exchange carries: the entry as it is now, or as it was last seen when it is gone. */
    T current() {
        return after != null ? after : before;
    }
}

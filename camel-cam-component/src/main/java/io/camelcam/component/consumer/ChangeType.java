package io.camelcam.component.consumer;

/** What happened to an entry between two polls; the value of the {@code CamelCamChangeType} header. */
public enum ChangeType {
    /** Seen for the first time in a period that was already watched. */
    CREATED,
    /** Seen before, and some field differs now. */
    UPDATED,
    /** Seen before in a period still watched, and gone now. */
    DELETED
}

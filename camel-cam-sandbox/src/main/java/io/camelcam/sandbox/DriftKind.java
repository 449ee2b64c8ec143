package io.camelcam.sandbox;

/**
 * How a drifting sandbox departs from the wire contract in its successful JSON answers ({@code status}
 * 200), as a CAM server whose contract differs from the project's assumptions would. The request is
 * processed normally; only the answer's shape changes. {@code status} and {@code errors} are left as
 * they are, and so are CSV answers.
 */
public enum DriftKind {
    /** Every field other than {@code status}, at every level, renamed with the suffix {@code _v2}. */
    RENAMED_FIELDS,
    /** The first non-container field of every object dropped ({@code url}, {@code created}, an element's {@code id}). */
    MISSING_FIELDS,
    /** A field {@code sandboxExtra} added to every object: the answer and each object within it. */
    EXTRA_FIELDS,
    /** Each top-level array wrapped in an object {@code {"items":[…]}}, each object in an array, each other value in {@code {"value":…}}. */
    UNEXPECTED_SHAPES
}

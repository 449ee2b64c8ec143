package io.camelcam.sandbox;

import java.util.List;

import io.camelcam.sandbox.internal.drift.AnswerDrifter;

/**
 * Makes the sandbox answer as a CAM server whose contract differs from the project's assumptions:
 * renamed, missing or extra fields, unexpected shapes (see {@link DriftKind}). Unlike a fault it stays
 * until {@link #clear()} or {@code reset()}, so a whole session (a contract probe, a route) meets it.
 * <pre>{@code
 * sandbox.drift().set(DriftKind.RENAMED_FIELDS);                       // every operation
 * sandbox.drift().set(DriftKind.MISSING_FIELDS, "getConferenceMaster"); // one operation
 * }</pre>
 */
public final class SandboxDrift {

    private final AnswerDrifter drifter;

    SandboxDrift(AnswerDrifter drifter) {
        this.drifter = drifter;
    }

    /** Every operation answers with this drift (an operation given its own keeps it). */
    public SandboxDrift set(DriftKind kind) {
        drifter.set(kind, null);
        return this;
    }

    /** This operation answers with this drift. */
    public SandboxDrift set(DriftKind kind, String operation) {
        if (operation == null) {
            throw new IllegalArgumentException("operation is null: use set(kind) for every operation");
        }
        drifter.set(kind, operation);
        return this;
    }

    /** Back to the contract as assumed. */
    public SandboxDrift clear() {
        drifter.clear();
        return this;
    }

    /** The drifts set, human-readable. */
    public List<String> active() {
        return drifter.describe();
    }
}

package io.camelcam.client.contract;

import java.util.Objects;

/**
 * One thing the component relies on in CAM's wire contract, and whether the vendor manual says so or
 * the project assumed it. {@code name} is a wire name ({@code conferenceRooms}, an element field as
 * {@code conferenceRooms[].id}), an error code, a shape or a limit.
 */
public record ContractTerm(String operation, Kind kind, String name, Basis basis, String note) {

    /** Where the term comes from. */
    public enum Basis {
        KNOWN("known (the manual says)"),
        ASSUMED("assumed");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the term is about. */
    public enum Kind {
        REQUEST_FIELD("request field"),
        ANSWER_FIELD("answer field"),
        ERROR_CODE("error code"),
        ANSWER_SHAPE("answer shape"),
        LIMIT("limit");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Terms of every operation name {@code "*"}. */
    public static final String ALL_OPERATIONS = "*";

    public ContractTerm {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(note, "note");
    }
}

package io.camelcam.probe;

import java.util.Set;

/**
 * One line of the probe's table: what one operation answered, by field names only.
 *
 * @param httpStatus the HTTP status, or null when no answer came
 * @param camStatus  the body's {@code status} ("-" when absent), with the error codes of a 520
 */
record ProbeRow(String operation, Integer httpStatus, String camStatus, Set<String> seen, Set<String> missing,
                Set<String> unexpected, Verdict verdict, String detail) {

    /** What a row says about the server. */
    enum Verdict {
        AS_ASSUMED("as assumed"),
        DIFFERS("DIFFERS"),
        NOT_CHECKED("not checked"),
        SKIPPED("skipped"),
        UNREACHABLE("unreachable");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    ProbeRow {
        seen = Set.copyOf(seen);
        missing = Set.copyOf(missing);
        unexpected = Set.copyOf(unexpected);
    }

    static ProbeRow unanswered(String operation, Verdict verdict, String detail) {
        return new ProbeRow(operation, null, "-", Set.of(), Set.of(), Set.of(), verdict, detail);
    }

    String verdictText() {
        return detail == null ? verdict.label() : verdict.label() + ": " + detail;
    }
}

package io.camelcam.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The probe's table as plain text, one row per operation, columns padded to their widest cell. */
final class ProbeTable {

    static final List<String> HEADER = List.of("operation", "HTTP status", "CAM status", "assumed fields seen",
            "assumed fields missing", "fields we did not expect", "verdict");

    private ProbeTable() {
    }

    static String render(List<ProbeRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(HEADER);
        for (ProbeRow row : rows) {
            cells.add(List.of(row.operation(), row.httpStatus() == null ? "-" : row.httpStatus().toString(),
                    row.camStatus(), names(row.seen()), names(row.missing()), names(row.unexpected()), row.verdictText()));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> line : cells) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            List<String> line = cells.get(r);
            for (int i = 0; i < widths.length; i++) {
                out.append(i == 0 ? "" : " | ").append(i == widths.length - 1 ? line.get(i) : pad(line.get(i), widths[i]));
            }
            out.append('\n');
            if (r == 0) {
                for (int i = 0; i < widths.length; i++) {
                    out.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Sorted, so the same answer always prints the same line. */
    private static String names(Set<String> names) {
        return names.isEmpty() ? "-" : String.join(", ", new TreeSet<>(names));
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}

package io.camelcam.sandbox.internal.ops;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

import io.camelcam.sandbox.internal.cam.ClientInput;
import io.camelcam.sandbox.internal.cam.Emails;
import io.camelcam.sandbox.internal.cam.RequestRefusedException;

/**
 * The header row of an uploaded user CSV: which of the {@link UserCsvColumns} it has, at which index.
 * It must name {@code email} and only known columns, each once, in any order and any case.
 */
final class UserCsvHeader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Map<String, Integer> columns;

    private UserCsvHeader(Map<String, Integer> columns) {
        this.columns = columns;
    }

    /** @throws RequestRefusedException naming the file and what is wrong with its header */
    static UserCsvHeader read(CSVRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (i == 0 && !name.isEmpty() && name.charAt(0) == BYTE_ORDER_MARK) {
                name = name.substring(1).strip(); // spreadsheet tools start UTF-8 CSV with a BOM
            }
            name = name.toLowerCase(Locale.ROOT);
            if (Emails.isValid(name)) {
                throw RequestRefusedException.invalid("file", "missing header (line 1 holds data, not column names "
                        + UserCsvColumns.COLUMNS + ")");
            }
            if (name.isEmpty()) {
                throw RequestRefusedException.invalid("file", "empty column name in column " + (i + 1));
            }
            if (!UserCsvColumns.COLUMNS.contains(name)) {
                throw RequestRefusedException.invalid("file", "unknown column " + ClientInput.quote(name) + " (known: "
                        + String.join(",", UserCsvColumns.COLUMNS) + ")");
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw RequestRefusedException.invalid("file", "duplicate column " + ClientInput.quote(name));
            }
        }
        if (!columns.containsKey(UserCsvColumns.EMAIL)) {
            throw RequestRefusedException.invalid("file", "no email column");
        }
        return new UserCsvHeader(columns);
    }

    /** How many columns every row must have. */
    int size() {
        return columns.size();
    }

    /** The cell, or {@code null} when the column is absent or the cell empty (meaning "leave unchanged"). */
    String cell(CSVRecord record, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = record.get(index);
        return value.isEmpty() ? null : value;
    }
}

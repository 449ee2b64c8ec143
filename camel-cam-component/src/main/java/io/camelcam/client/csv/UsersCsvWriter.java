package io.camelcam.client.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;

import io.camelcam.client.model.CamUser;

import static io.camelcam.client.contract.AssumedContract.USERS_CSV_COLUMNS;

/** Writes CAM's users CSV: UTF-8 text, CRLF, header first, every contract column in the contract's order. */
public final class UsersCsvWriter {

    private UsersCsvWriter() {
    }

    /** Writes users as CSV with every contract column, header first. */
    public static void write(Iterable<CamUser> users, Writer writer) throws IOException {
        CSVPrinter printer = new CSVPrinter(writer, UsersCsvFormat.WRITE);
        printer.printRecord(USERS_CSV_COLUMNS);
        for (CamUser user : users) {
            Map<String, ?> row = toRow(user);
            List<String> cells = new ArrayList<>(USERS_CSV_COLUMNS.size());
            for (String column : USERS_CSV_COLUMNS) {
                Object value = row.get(column);
                cells.add(value == null ? "" : value.toString());
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    static Map<String, ?> toRow(CamUser user) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("email", user.email());
        row.put("name", user.name());
        row.put("password", user.password());
        row.put("department", user.department());
        row.put("position", user.position());
        row.put("phone", user.phone());
        row.put("role", user.role());
        row.put("deleted", user.deleted());
        return row;
    }
}

package io.camelcam.client.csv;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVPrinter;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.CamUser;

import static io.camelcam.client.contract.AssumedContract.USERS_CSV_COLUMNS;
import static io.camelcam.client.contract.AssumedContract.USERS_CSV_KEY_COLUMN;
import static io.camelcam.client.csv.UsersCsvFormat.OPERATION;

/**
 * A users CSV made ready to upload from whatever holds it (bytes, a file, a stream, users, maps, an
 * iterator): written if need be ({@link UsersCsvWriter}), then checked whole
 * ({@link UsersCsvValidator}) before anything is sent. A stream or an iterator is spooled to a
 * temporary file on the way, so any size takes constant memory. Reading one back:
 * {@link UsersCsvReader}.
 */
public final class UsersCsv {

    private UsersCsv() {
    }

    /** Validates CSV content held in memory. */
    public static CsvUpload fromBytes(byte[] csv, String fileName) {
        long rows = UsersCsvValidator.validate(new ByteArrayInputStream(csv));
        return CsvUpload.inMemory(fileName, csv, UsersCsvFormat.bomLength(csv), rows);
    }

    /** Validates a CSV file in place (streaming); the file itself is uploaded, not a copy. */
    public static CsvUpload fromFile(Path file, String fileName) {
        try (InputStream in = Files.newInputStream(file)) {
            long rows = UsersCsvValidator.validate(in);
            return CsvUpload.inFile(fileName, file, false, UsersCsvFormat.bomOffset(file), rows);
        } catch (IOException e) {
            throw new CamValidationException(OPERATION, "file", "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Validates a CSV stream while spooling it to a temporary file, so that nothing is sent unless
     * all of it is valid, with constant memory whatever its size. The stream is read to its end
     * but not closed.
     */
    public static CsvUpload fromStream(InputStream csv, String fileName) {
        return spooled(fileName, spool -> {
            try (OutputStream copy = new BufferedOutputStream(Files.newOutputStream(spool), UsersCsvFormat.BUFFER)) {
                return UsersCsvValidator.validate(new CopyingInputStream(csv, copy));
            }
        });
    }

    /** Writes users as CSV (all columns, header first) after checking each one. */
    public static CsvUpload fromUsers(List<CamUser> users, String fileName) {
        List<Map<String, ?>> rows = new ArrayList<>(users.size());
        for (CamUser user : users) {
            rows.add(UsersCsvWriter.toRow(user));
        }
        return fromRows(rows, fileName);
    }

    /**
     * Writes rows given as maps (column name to value) as CSV. Columns are those of the contract,
     * in its order, restricted to the keys present; an unknown key is rejected.
     */
    public static CsvUpload fromRows(List<? extends Map<String, ?>> rows, String fileName) {
        Set<String> present = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, ?> row = rows.get(i);
            if (row == null) {
                throw new CamValidationException(OPERATION, "row " + (i + 1), "is null");
            }
            // keys read as Objects: a caller's unchecked cast can bring a Map whose keys are no Strings
            for (Object key : row.keySet()) {
                if (!(key instanceof String column) || !USERS_CSV_COLUMNS.contains(column)) {
                    throw new CamValidationException(OPERATION, "row " + (i + 1) + " column '" + key + "'",
                            "is not a CAM user column (known: " + String.join(",", USERS_CSV_COLUMNS) + ")");
                }
                present.add(column);
            }
        }
        present.add(USERS_CSV_KEY_COLUMN);
        List<String> header = USERS_CSV_COLUMNS.stream().filter(present::contains).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, UsersCsvFormat.WRITE)) {
            printer.printRecord(header);
            for (Map<String, ?> row : rows) {
                List<String> cells = new ArrayList<>(header.size());
                for (String column : header) {
                    Object value = row.get(column);
                    cells.add(value == null ? "" : value.toString());
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fromBytes(out.toByteArray(), fileName);
    }

    /**
     * Writes users from an iterator (e.g. one reading exportUsers) to a temporary CSV file and
     * validates it there: constant memory for any number of users.
     */
    public static CsvUpload fromIterator(Iterator<CamUser> users, String fileName) {
        return spooled(fileName, spool -> {
            try (Writer writer = new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(spool), UsersCsvFormat.BUFFER),
                    StandardCharsets.UTF_8)) {
                UsersCsvWriter.write(() -> users, writer);
            }
            try (InputStream in = Files.newInputStream(spool)) {
                return UsersCsvValidator.validate(in);
            }
        });
    }

    /** What fills a spool file and returns the number of validated rows. */
    private interface SpoolFiller {
        long fill(Path spool) throws IOException;
    }

    /** A temporary CSV file, deleted again if filling or validating it fails. */
    private static CsvUpload spooled(String fileName, SpoolFiller filler) {
        Path spool = null;
        try {
            spool = Files.createTempFile("camel-cam-users-", ".csv");
            long rows = filler.fill(spool);
            CsvUpload upload = CsvUpload.inFile(fileName, spool, true, UsersCsvFormat.bomOffset(spool), rows);
            spool = null;
            return upload;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool the users CSV to a temporary file", e);
        } finally {
            if (spool != null) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException ignored) {
                    // the validation error (or I/O error) already propagating matters more
                }
            }
        }
    }
}

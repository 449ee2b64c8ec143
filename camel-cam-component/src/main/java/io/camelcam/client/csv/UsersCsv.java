package io.camelcam.client.csv;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import io.camelcam.client.error.CamException;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.internal.Checks;
import io.camelcam.client.model.CamUser;

import static io.camelcam.client.AssumedContract.USERS_CSV_COLUMNS;
import static io.camelcam.client.AssumedContract.USERS_CSV_KEY_COLUMN;
import static io.camelcam.client.AssumedContract.USERS_CSV_ROLES;

/**
 * CAM's users CSV: validating it before upload (header, columns, ragged rows, UTF-8, e-mail,
 * role, deleted flag), writing it from {@link CamUser}s or maps, and reading it back. Everything
 * streams: a file of any size is validated with constant memory.
 */
public final class UsersCsv {

    static final String OPERATION = "updateUsersCSV";
    /** Row problems listed in one validation error before the rest are only counted. */
    private static final int MAX_REPORTED_PROBLEMS = 10;
    private static final int BUFFER = 64 * 1024;

    private static final CSVFormat READ_FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();
    private static final CSVFormat WRITE_FORMAT = CSVFormat.DEFAULT.builder()
            .setRecordSeparator("\r\n")
            .get();

    private UsersCsv() {
    }

    /** Validates CSV content held in memory. */
    public static CsvUpload fromBytes(byte[] csv, String fileName) {
        long rows = validate(new ByteArrayInputStream(csv));
        return CsvUpload.inMemory(fileName, csv, bomLength(csv), rows);
    }

    /** Validates a CSV file in place (streaming); the file itself is uploaded, not a copy. */
    public static CsvUpload fromFile(Path file, String fileName) {
        try (InputStream in = Files.newInputStream(file)) {
            long rows = validate(in);
            return CsvUpload.inFile(fileName, file, false, bomOffset(file), rows);
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
            try (OutputStream copy = new BufferedOutputStream(Files.newOutputStream(spool), BUFFER)) {
                return validate(new CopyingInputStream(csv, copy));
            }
        });
    }

    /** Writes users as CSV (all columns, header first) after checking each one. */
    public static CsvUpload fromUsers(List<CamUser> users, String fileName) {
        List<Map<String, ?>> rows = new ArrayList<>(users.size());
        for (CamUser user : users) {
            rows.add(toRow(user));
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
            for (String key : row.keySet()) {
                if (!USERS_CSV_COLUMNS.contains(key)) {
                    throw new CamValidationException(OPERATION, "row " + (i + 1) + " column '" + key + "'",
                            "is not a CAM user column (known: " + String.join(",", USERS_CSV_COLUMNS) + ")");
                }
                present.add(key);
            }
        }
        present.add(USERS_CSV_KEY_COLUMN);
        List<String> header = USERS_CSV_COLUMNS.stream().filter(present::contains).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, WRITE_FORMAT)) {
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
            try (Writer writer = new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(spool), BUFFER),
                    StandardCharsets.UTF_8)) {
                write(() -> users, writer);
            }
            try (InputStream in = Files.newInputStream(spool)) {
                return validate(in);
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
            CsvUpload upload = CsvUpload.inFile(fileName, spool, true, bomOffset(spool), rows);
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

    private static int bomOffset(Path file) throws IOException {
        byte[] head = new byte[3];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, 3) == 3 ? bomLength(head) : 0;
        }
    }

    /** Writes users as CSV with every contract column, header first. */
    public static void write(Iterable<CamUser> users, Writer writer) throws IOException {
        CSVPrinter printer = new CSVPrinter(writer, WRITE_FORMAT);
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

    /**
     * Reads a users CSV (as exportUsers streams it) one user at a time; closing the iterator
     * closes the stream. Unknown columns are ignored, empty cells read as null.
     */
    public static UserIterator read(InputStream csv) {
        try {
            CSVParser parser = CSVParser.builder().setReader(utf8Reader(csv, CodingErrorAction.REPLACE))
                    .setFormat(READ_FORMAT).get();
            return new UserIterator(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A closeable iterator of users read from CSV. */
    public static final class UserIterator implements Iterator<CamUser>, Closeable {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;

        private UserIterator(CSVParser parser) {
            this.parser = parser;
            this.records = parser.iterator();
        }

        @Override
        public boolean hasNext() {
            boolean more = records.hasNext();
            if (!more) {
                try {
                    close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return more;
        }

        @Override
        public CamUser next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CSVRecord r = records.next();
            String deleted = cell(r, "deleted");
            return new CamUser(cell(r, "email"), cell(r, "name"), cell(r, "password"), cell(r, "department"),
                    cell(r, "position"), cell(r, "phone"), cell(r, "role"),
                    deleted == null ? null : Boolean.valueOf(deleted.trim()));
        }

        private static String cell(CSVRecord r, String column) {
            if (!r.isMapped(column) || !r.isSet(column)) {
                return null;
            }
            String value = r.get(column);
            return value.isEmpty() ? null : value;
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    private static Map<String, ?> toRow(CamUser user) {
        java.util.LinkedHashMap<String, Object> row = new java.util.LinkedHashMap<>();
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

    /** Reads the whole CSV once, checking it; returns the number of user rows. */
    static long validate(InputStream csv) {
        List<String> problems = new ArrayList<>();
        long problemCount = 0;
        long rows = 0;
        try (CSVParser parser = CSVParser.builder().setReader(utf8Reader(csv, CodingErrorAction.REPORT))
                .setFormat(READ_FORMAT).get()) {
            List<String> header = parser.getHeaderNames();
            checkHeader(header);
            int roleAt = header.indexOf("role");
            int deletedAt = header.indexOf("deleted");
            int emailAt = header.indexOf(USERS_CSV_KEY_COLUMN);
            for (CSVRecord record : parser) {
                rows++;
                String problem = rowProblem(record, header.size(), emailAt, roleAt, deletedAt);
                if (problem != null) {
                    problemCount++;
                    if (problems.size() < MAX_REPORTED_PROBLEMS) {
                        problems.add("line " + parser.getCurrentLineNumber() + ": " + problem);
                    }
                }
            }
        } catch (CharacterCodingException e) {
            throw new CamValidationException(OPERATION, "file", "is not valid UTF-8");
        } catch (UncheckedIOException e) {
            throwIfSourceBroke(e.getCause());
            if (e.getCause() instanceof CharacterCodingException) {
                throw new CamValidationException(OPERATION, "file", "is not valid UTF-8");
            }
            throw new CamValidationException(OPERATION, "file", "is not valid CSV: " + e.getCause().getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Commons CSV: empty header names, unterminated quotes, ...
            throw new CamValidationException(OPERATION, "file", "is not valid CSV: " + e.getMessage());
        } catch (IOException e) {
            throwIfSourceBroke(e);
            throw new CamValidationException(OPERATION, "file", "cannot be read: " + e.getMessage());
        }
        if (problemCount > 0) {
            String more = problemCount > problems.size() ? " (and " + (problemCount - problems.size()) + " more)" : "";
            throw new CamValidationException(OPERATION, "file", problemCount + " bad row(s): "
                    + String.join("; ", problems) + more);
        }
        return rows;
    }

    /**
     * A source that is itself a CAM download (exportUsers) fails with the component's exception as
     * its IOException's cause: that, not "invalid CSV", is what happened, and nothing is uploaded.
     */
    private static void throwIfSourceBroke(IOException e) {
        if (e.getCause() instanceof CamException broken) {
            throw broken;
        }
    }

    private static void checkHeader(List<String> header) {
        if (header.isEmpty()) {
            throw new CamValidationException(OPERATION, "file",
                    "is empty (expected a header row with at least an email column)");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String column : header) {
            if (!USERS_CSV_COLUMNS.contains(column)) {
                throw new CamValidationException(OPERATION, "file header",
                        "unknown column '" + column + "' (known: " + String.join(",", USERS_CSV_COLUMNS) + ")");
            }
            if (!seen.add(column)) {
                // Commons CSV allows duplicate header names by default; CAM cannot know which cell counts
                throw new CamValidationException(OPERATION, "file header", "duplicate column '" + column + "'");
            }
        }
        if (!header.contains(USERS_CSV_KEY_COLUMN)) {
            throw new CamValidationException(OPERATION, "file header", "has no email column (rows are matched by email)");
        }
    }

    private static String rowProblem(CSVRecord record, int columns, int emailAt, int roleAt, int deletedAt) {
        if (record.size() != columns) {
            return record.size() + " cells where the header has " + columns;
        }
        String email = record.get(emailAt).trim();
        if (!Checks.isEmail(email)) {
            return "email '" + email + "' is not an e-mail address";
        }
        if (roleAt >= 0) {
            String role = record.get(roleAt).trim();
            if (!role.isEmpty() && !USERS_CSV_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
                return "role '" + role + "' is not one of " + USERS_CSV_ROLES;
            }
        }
        if (deletedAt >= 0) {
            String deleted = record.get(deletedAt).trim();
            if (!deleted.isEmpty() && !deleted.equalsIgnoreCase("true") && !deleted.equalsIgnoreCase("false")) {
                return "deleted '" + deleted + "' is not true or false";
            }
        }
        return null;
    }

    private static Reader utf8Reader(InputStream in, CodingErrorAction onMalformed) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(onMalformed)
                .onUnmappableCharacter(onMalformed);
        return new BomSkippingReader(new InputStreamReader(in, decoder));
    }

    private static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    }

    /** Spreadsheet tools start UTF-8 CSVs with a byte-order mark; it is not part of the header. */
    private static final class BomSkippingReader extends java.io.FilterReader {
        private boolean first = true;

        BomSkippingReader(Reader in) {
            super(new java.io.BufferedReader(in, BUFFER));
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n = super.read(cbuf, off, len);
            if (first && n > 0) {
                first = false;
                if (cbuf[off] == '\uFEFF') {
                    System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
                    return n - 1 == 0 ? read(cbuf, off, len) : n - 1;
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0];
        }
    }

    /** Writes through every byte read, so validation and spooling are one pass. */
    private static final class CopyingInputStream extends FilterInputStream {
        private final OutputStream copy;

        CopyingInputStream(InputStream in, OutputStream copy) {
            super(in);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                copy.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                copy.write(b, off, n);
            }
            return n;
        }

        @Override
        public void close() {
            // the caller owns the source stream; the spool file is closed by its own try block
        }
    }
}

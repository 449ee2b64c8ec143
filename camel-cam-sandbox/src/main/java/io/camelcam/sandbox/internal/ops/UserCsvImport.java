package io.camelcam.sandbox.internal.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.camelcam.sandbox.SandboxLimits;
import io.camelcam.sandbox.internal.cam.ClientInput;
import io.camelcam.sandbox.internal.cam.Emails;
import io.camelcam.sandbox.internal.cam.ErrorEntry;
import io.camelcam.sandbox.internal.cam.RequestRefusedException;
import io.camelcam.sandbox.internal.http.MalformedMultipartException;
import io.camelcam.sandbox.internal.state.UserPatch;
import io.camelcam.sandbox.internal.state.UserStore;

/**
 * Reads and validates an {@code updateUsersCSV} file as it streams in. The whole file is checked before
 * anything is applied; the validated rows are kept (the raw bytes are not: {@link ValidatedRows}, in
 * memory up to {@link #ROWS_IN_MEMORY}, on disk beyond), and any bad row fails the whole upload with one
 * error per bad row.
 */
final class UserCsvImport {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).get();
    /** Validated rows held in memory (about 300 bytes each); a larger upload keeps them in a temporary file. */
    static final int ROWS_IN_MEMORY = 100_000;

    private final List<ErrorEntry> errors = new ArrayList<>();
    private final ValidatedRows patches;
    private final FirstLineByEmail lineOfEmail;
    private int unreportedErrors;

    private UserCsvImport(UserStore users, int rowsInMemory) {
        this.patches = new ValidatedRows(rowsInMemory);
        this.lineOfEmail = new FirstLineByEmail(users);
    }

    /**
     * @param users        the store the rows will be applied to (it tells which e-mails are synthetic users)
     * @param rowsInMemory {@link #ROWS_IN_MEMORY}, or fewer to see the temporary file at work
     * @return the rows to apply, in file order; the caller closes them
     * @throws RequestRefusedException                   for a bad file or any bad row
     * @throws MalformedMultipartException  when the multipart body around the file is broken
     * @throws IOException                  when the client goes away
     */
    static ValidatedRows read(InputStream file, UserStore users, int rowsInMemory) throws IOException {
        UserCsvImport csvImport = new UserCsvImport(users, rowsInMemory);
        try {
            csvImport.parse(file);
        } catch (UncheckedIOException e) {
            csvImport.patches.close();
            throw translate(e.getCause());
        } catch (IOException e) {
            csvImport.patches.close();
            throw translate(e);
        } catch (RuntimeException e) {
            csvImport.patches.close();
            throw e;
        }
        return csvImport.patches;
    }

    private void parse(InputStream file) throws IOException {
        InputStreamReader reader = new InputStreamReader(file, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        try (CSVParser parser = FORMAT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw RequestRefusedException.invalid("file", "empty");
            }
            UserCsvHeader header = UserCsvHeader.read(records.next());
            while (records.hasNext()) {
                CSVRecord record = records.next();
                row(record, firstLine(record, parser.getCurrentLineNumber()), header);
            }
        }
        if (!errors.isEmpty()) {
            if (unreportedErrors > 0) {
                errors.add(ErrorEntry.invalid("file", unreportedErrors + " more bad rows not shown"));
            }
            throw new RequestRefusedException(errors);
        }
    }

    private void row(CSVRecord record, long line, UserCsvHeader header) throws IOException {
        String where = "file line " + line;
        if (record.size() != header.size()) {
            error(ErrorEntry.invalid(where, "expected " + header.size() + " columns, got " + record.size()));
            return;
        }
        String email = header.cell(record, UserCsvColumns.EMAIL);
        String role = header.cell(record, UserCsvColumns.ROLE);
        String deleted = header.cell(record, UserCsvColumns.DELETED);
        if (email == null) {
            error(ErrorEntry.invalid(where + ": email", "missing"));
        } else if (!Emails.isValid(email)) {
            error(ErrorEntry.invalid(where + ": email", ClientInput.quote(email) + " is not an e-mail address"));
        } else if (role != null && !UserStore.isRole(role)) {
            error(ErrorEntry.invalid(where + ": role", ClientInput.quote(role) + " is not one of user, admin"));
        } else if (deleted != null && !deleted.equalsIgnoreCase("true") && !deleted.equalsIgnoreCase("false")) {
            error(ErrorEntry.invalid(where + ": deleted", ClientInput.quote(deleted) + " is not true or false"));
        } else {
            Long firstLine = lineOfEmail.putIfAbsent(email, line);
            if (firstLine != null) {
                error(ErrorEntry.invalid(where + ": email", ClientInput.quote(email) + " is already on line " + firstLine));
            } else if (errors.isEmpty()) {
                patches.add(new UserPatch(email, header.cell(record, UserCsvColumns.NAME),
                        header.cell(record, UserCsvColumns.DEPARTMENT), header.cell(record, UserCsvColumns.POSITION),
                        header.cell(record, UserCsvColumns.PHONE), role,
                        deleted == null ? null : Boolean.valueOf(deleted.equalsIgnoreCase("true"))));
            }
        }
    }

    private void error(ErrorEntry error) throws IOException {
        if (errors.size() < SandboxLimits.MAX_CSV_ERRORS_REPORTED) {
            errors.add(error);
        } else {
            unreportedErrors++;
        }
        patches.clear(); // nothing will be applied: stop holding rows
    }

    /**
     * The line a record starts on: the parser reports the line it ends on (skipped blank lines included),
     * so step back over the line breaks inside its quoted values.
     */
    private static long firstLine(CSVRecord record, long lastLine) {
        long breaks = 0;
        for (String value : record) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return lastLine - breaks;
    }

    /** A decoding or CSV syntax failure is the client's (a {@link RequestRefusedException}); anything else is the connection's. */
    private static IOException translate(IOException e) {
        if (e instanceof MalformedMultipartException) {
            return e;
        }
        if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
            throw RequestRefusedException.invalid("file", "not UTF-8");
        }
        if (e instanceof CSVException) {
            throw RequestRefusedException.invalid("file", "malformed CSV (" + e.getMessage() + ")");
        }
        return e;
    }
}

package io.camelcam.client.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.camelcam.client.error.CamException;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.validation.FieldChecks;

import static io.camelcam.client.contract.AssumedContract.USERS_CSV_COLUMNS;
import static io.camelcam.client.contract.AssumedContract.USERS_CSV_KEY_COLUMN;
import static io.camelcam.client.contract.AssumedContract.USERS_CSV_ROLES;
import static io.camelcam.client.csv.UsersCsvFormat.OPERATION;

/**
 * Checks a whole users CSV in one streaming pass, with constant memory: header (known columns, no
 * duplicate, an email column), no ragged row, UTF-8, e-mail, role and deleted values. Reports the
 * first {@value #MAX_REPORTED_PROBLEMS} bad rows by line and counts the rest.
 */
final class UsersCsvValidator {

    /** Row problems listed in one validation error before the rest are only counted. */
    private static final int MAX_REPORTED_PROBLEMS = 10;

    private UsersCsvValidator() {
    }

    /** Reads the whole CSV once, checking it; returns the number of user rows. */
    static long validate(InputStream csv) {
        List<String> problems = new ArrayList<>();
        long problemCount = 0;
        long rows = 0;
        try (CSVParser parser = CSVParser.builder().setReader(UsersCsvFormat.utf8Reader(csv, CodingErrorAction.REPORT))
                .setFormat(UsersCsvFormat.READ).get()) {
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
        if (!FieldChecks.isEmail(email)) {
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
}

package io.camelcam.client.validation;

import java.util.List;

import io.camelcam.client.error.CamValidationException;

/** Input checks shared by the operations; each failure names the operation and the field. */
public final class FieldChecks {

    /** Characters an address never holds: blanks (as regex {@code \\s}), separators, brackets, quotes. */
    private static final String NOT_IN_ADDRESS = " \t\n\u000B\f\r@,;<>\"()[]";

    private FieldChecks() {
    }

    public static String requireText(String operation, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new CamValidationException(operation, field, "must not be empty");
        }
        return value;
    }

    public static String requireLine(String operation, String field, String value) {
        requireText(operation, field, value);
        requireNoControlChars(operation, field, value);
        return value.trim();
    }

    public static void requireNoControlChars(String operation, String field, String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new CamValidationException(operation, field, "must not contain control characters such as CR or LF");
            }
        }
    }

    public static void requireMaxLength(String operation, String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw new CamValidationException(operation, field,
                    "is " + value.codePointCount(0, value.length()) + " characters long, the limit is " + max);
        }
    }

    /**
     * Pragmatic address check: local@domain.tld, no blanks, commas, semicolons, quotes, brackets or
     * a second @, a dot in the domain with something before and after it. Written out rather than
     * a regex: it runs for every recipient of every message and every row of a users CSV.
     */
    public static boolean isEmail(String value) {
        if (value == null) {
            return false;
        }
        int at = value.indexOf('@');
        int lastDot = value.lastIndexOf('.');
        if (at < 1 || lastDot < at + 2 || lastDot == value.length() - 1) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (i != at && NOT_IN_ADDRESS.indexOf(value.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    public static void requireEmails(String operation, String field, List<String> values) {
        for (String value : values) {
            if (!isEmail(value)) {
                throw new CamValidationException(operation, field, "'" + value + "' is not an e-mail address");
            }
        }
    }
}

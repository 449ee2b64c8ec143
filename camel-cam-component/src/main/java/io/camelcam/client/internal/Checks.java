package io.camelcam.client.internal;

import java.util.List;
import java.util.regex.Pattern;

import io.camelcam.client.error.CamValidationException;

/** Input checks shared by the operations; each failure names the operation and the field. */
public final class Checks {

    /** Pragmatic address check: local@domain.tld, no spaces, commas or angle brackets. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@,;<>\"()\\[\\]]+@[^\\s@,;<>\"()\\[\\]]+\\.[^\\s@,;<>\"()\\[\\].]+");

    private Checks() {
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

    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value).matches();
    }

    public static void requireEmails(String operation, String field, List<String> values) {
        for (String value : values) {
            if (!isEmail(value)) {
                throw new CamValidationException(operation, field, "'" + value + "' is not an e-mail address");
            }
        }
    }
}

package io.camelcam.sandbox.internal.cam;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** E-mail syntax as the sandbox checks it: a pragmatic dot-atom local part and a dotted domain. */
public final class Emails {

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final int MAX_LENGTH = 254;

    private Emails() {
    }

    public static boolean isValid(String email) {
        return email.length() <= MAX_LENGTH && EMAIL.matcher(email).matches();
    }

    /** The key users are matched by: e-mail addresses compare case-insensitively. */
    public static String key(String email) {
        return email.toLowerCase(Locale.ROOT);
    }

    /**
     * Splits a comma-separated address list, trimming blanks and skipping empty entries and duplicates.
     *
     * @throws RequestRefusedException naming {@code field} for the first address that is not an e-mail address
     */
    public static List<String> parseList(String list, String field) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String part : list.split(",", -1)) {
            String email = part.strip();
            if (email.isEmpty()) {
                continue;
            }
            if (!isValid(email)) {
                throw RequestRefusedException.invalid(field, ClientInput.quote(email) + " is not an e-mail address");
            }
            if (seen.add(key(email))) {
                out.add(email);
            }
        }
        return out;
    }
}

package io.camelcam.sandbox.internal.state;

import io.camelcam.sandbox.SandboxUser;

/**
 * The generated users {@code user0000001@synthetic.example} … {@code user<count>@synthetic.example}
 * (seven digits at least), each a pure function of its number. They are computed when asked for, never
 * stored: ten million of them would otherwise hold gigabytes of the sandbox's heap. A synthetic user
 * that is changed is stored like any other and then hides its generated self.
 */
public final class SyntheticUsers {

    private static final String DEPARTMENT = "Synthetic";
    private static final String PREFIX = "user";
    private static final String DOMAIN = "@synthetic.example";
    private static final int DIGITS = 7;

    private final int count;

    SyntheticUsers(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, not " + count);
        }
        this.count = count;
    }

    public int count() {
        return count;
    }

    /** The number (1 … count) of the synthetic user with this lower-cased e-mail, or 0 when it names none. */
    public int indexOf(String key) {
        int digits = key.length() - PREFIX.length() - DOMAIN.length();
        if (count == 0 || digits < DIGITS || digits > 10 || !key.startsWith(PREFIX) || !key.endsWith(DOMAIN)) {
            return 0;
        }
        long n = 0;
        for (int i = PREFIX.length(); i < PREFIX.length() + digits; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            n = n * 10 + (c - '0');
        }
        // user00000001@… is not user0000001@…: only the canonical spelling names a synthetic user
        if (n < 1 || n > count || digits > DIGITS && key.charAt(PREFIX.length()) == '0') {
            return 0;
        }
        return (int) n;
    }

    private static String email(int index) {
        String number = Integer.toString(index);
        return PREFIX + "0".repeat(Math.max(0, DIGITS - number.length())) + number + DOMAIN;
    }

    private static String name(int index) {
        return "Synthetic User " + index;
    }

    /** The generated user, id included. */
    SandboxUser user(int index) {
        return user(index, true);
    }

    /**
     * The generated user; without {@code id} its id is {@code null}, meaning derived from the e-mail (the
     * convention of {@code CamSandbox.putUser}): the id is a SHA-256 of the e-mail, not free, and an export
     * writes no ids.
     */
    SandboxUser user(int index, boolean id) {
        String email = email(index);
        return new SandboxUser(id ? Ids.userId(email) : null, email, name(index), DEPARTMENT, null, null,
                UserStore.ROLE_USER, false);
    }

    /** Whether applying {@code patch} to the generated user {@code index} would leave it as it is. */
    boolean unchangedBy(int index, UserPatch patch) {
        return (patch.name() == null || patch.name().equals(name(index)))
                && (patch.department() == null || patch.department().equals(DEPARTMENT))
                && patch.position() == null
                && patch.phone() == null
                && (patch.role() == null || patch.role().equals(UserStore.ROLE_USER))
                && (patch.deleted() == null || !patch.deleted());
    }
}

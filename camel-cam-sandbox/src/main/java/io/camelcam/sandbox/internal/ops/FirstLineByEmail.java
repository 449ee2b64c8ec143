package io.camelcam.sandbox.internal.ops;

import java.util.HashMap;
import java.util.Map;

import io.camelcam.sandbox.internal.cam.Emails;
import io.camelcam.sandbox.internal.state.UserStore;

/**
 * The line of an upload that first named each e-mail: a file may not name a user twice. The sandbox's
 * synthetic users are numbered, so their lines go in an array indexed by number (4 bytes a row, allocated
 * at the first one) instead of a map (a hundred bytes and more a row): ten million of them re-imported
 * take 40 MB.
 */
final class FirstLineByEmail {

    private final UserStore users;
    private final Map<String, Long> byEmail = new HashMap<>();
    private int[] bySyntheticIndex;

    FirstLineByEmail(UserStore users) {
        this.users = users;
    }

    /** Records {@code line} for {@code email} unless it was seen before; returns the earlier line, or {@code null}. */
    Long putIfAbsent(String email, long line) {
        int index = line <= Integer.MAX_VALUE ? users.syntheticIndex(email) : 0;
        if (index > 0 && bySyntheticIndex == null) {
            bySyntheticIndex = new int[users.syntheticCount() + 1];
        }
        if (index == 0 || index >= bySyntheticIndex.length) {
            return byEmail.putIfAbsent(Emails.key(email), line);
        }
        int first = bySyntheticIndex[index];
        if (first != 0) {
            return (long) first;
        }
        bySyntheticIndex[index] = (int) line;
        return null;
    }
}

package io.camelcam.sandbox.internal.state;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import io.camelcam.sandbox.internal.cam.Emails;

/** Id shapes copied from the manual's samples. */
public final class Ids {

    private static final int USER_ID_LENGTH = 20;

    private Ids() {
    }

    /**
     * A 20-character lower-case alphanumeric id (the manual shows ids like {@code 1lmn7hoh3s1ja26fsazw}),
     * derived from the e-mail so that it is stable across resets and runs.
     */
    public static String userId(String email) {
        byte[] hash = sha256().digest(Emails.key(email).getBytes(StandardCharsets.UTF_8));
        // 96 bits fit in 20 base-36 digits (36^20 > 2^103)
        String id = new BigInteger(1, Arrays.copyOf(hash, 12)).toString(36);
        return "0".repeat(USER_ID_LENGTH - id.length()) + id;
    }

    /** A 19-digit chat-room id like the manual's {@code 1564831284702237059}: epoch millis, then 6 digits of sequence. */
    public static String chatRoomId(long epochMillis, long sequence) {
        return String.format("%013d%06d", Math.floorMod(epochMillis, 10_000_000_000_000L), sequence % 1_000_000);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

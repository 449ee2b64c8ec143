package io.camelcam.sandbox.internal.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.camelcam.sandbox.internal.cam.Role;

/** Maps the {@code x-cam-apiToken} header to a role. Tokens are secrets: compared in constant time, never logged. */
public final class Tokens {

    public static final String HEADER = "x-cam-apiToken";

    private final byte[] user;
    private final byte[] admin;

    public Tokens(String userToken, String adminToken) {
        this.user = userToken.getBytes(StandardCharsets.UTF_8);
        this.admin = adminToken.getBytes(StandardCharsets.UTF_8);
    }

    public Role roleOf(String presented) {
        if (presented == null) {
            return Role.NONE;
        }
        byte[] bytes = presented.strip().getBytes(StandardCharsets.UTF_8);
        if (MessageDigest.isEqual(bytes, admin)) {
            return Role.ADMIN;
        }
        return MessageDigest.isEqual(bytes, user) ? Role.USER : Role.NONE;
    }

    @Override
    public String toString() {
        return "Tokens[****]";
    }
}

package io.camelcam.client.internal.http;

import org.apache.hc.core5.http.Header;

/**
 * A request header whose value is a secret. HttpClient's header log prints headers with
 * {@code toString()}: this one prints a mask there, while the wire gets the real value.
 */
public final class SecretHeader implements Header {

    /** The header CAM reads the API token from. */
    public static final String API_TOKEN = "x-cam-apiToken";

    private final String name;
    private final String value;

    public SecretHeader(String name, String value) {
        this.name = name;
        this.value = value;
    }

    /** The API token as CAM reads it. */
    public static SecretHeader apiToken(String token) {
        return new SecretHeader(API_TOKEN, token);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getValue() {
        return value;
    }

    @Override
    public boolean isSensitive() {
        return true;
    }

    @Override
    public String toString() {
        return name + ": ******";
    }
}

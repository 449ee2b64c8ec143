package io.camelcam.client;

import io.camelcam.client.error.CamValidationException;

/** CAM's API tokens as the client accepts them: checked without ever putting one into a message. */
public final class ApiToken {

    private ApiToken() {
    }

    /**
     * Returns the token if it can travel in the {@code x-cam-apiToken} header; else fails naming
     * {@code option} (apiToken, adminApiToken), never the value.
     */
    public static String check(String token, String option) {
        if (token == null || token.isBlank()) {
            throw new CamValidationException(null, option, "is missing");
        }
        if (token.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c > 126)) {
            throw new CamValidationException(null, option,
                    "must be printable ASCII without spaces or control characters such as CR/LF (value not shown)");
        }
        return token;
    }
}

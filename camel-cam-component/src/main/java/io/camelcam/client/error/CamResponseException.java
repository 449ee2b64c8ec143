package io.camelcam.client.error;

/**
 * CAM answered HTTP 200 but the body could not be read as the documented response: malformed or
 * truncated JSON, or a required field missing. The parser's error is the cause. Never a
 * half-filled result.
 */
public class CamResponseException extends CamException {

    public CamResponseException(String operation, String message, Throwable cause) {
        super(operation, message, cause);
    }
}

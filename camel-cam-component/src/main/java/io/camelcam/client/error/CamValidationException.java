package io.camelcam.client.error;

/**
 * Bad input, detected before any request is sent: nothing reached CAM. The message names the
 * option, header or field at fault, so it can be fixed without reading code.
 */
public class CamValidationException extends CamException {

    private final String field;

    public CamValidationException(String operation, String field, String reason) {
        this(operation, field, reason, null);
    }

    /** With the failure that made the input unusable, e.g. the IOException of a body that could not be read. */
    public CamValidationException(String operation, String field, String reason, Throwable cause) {
        super(operation, "invalid " + field + ": " + reason, cause);
        this.field = field;
    }

    /** The option, header or field at fault, e.g. {@code room} or {@code file line 3: email}. */
    public String getField() {
        return field;
    }
}

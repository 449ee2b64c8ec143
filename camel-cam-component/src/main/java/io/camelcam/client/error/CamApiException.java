package io.camelcam.client.error;

import java.util.List;
import java.util.stream.Collectors;

import io.camelcam.client.model.CamError;

/**
 * CAM answered HTTP 200 with {@code "status": 520}: the server refused the request (bad token,
 * missing room, invalid field ...). Carries every {@code {code, message}} CAM returned.
 */
public class CamApiException extends CamException {

    private final List<CamError> errors;

    public CamApiException(String operation, List<CamError> errors) {
        super(operation, "CAM returned status 520: " + describe(errors));
        this.errors = List.copyOf(errors);
    }

    private static String describe(List<CamError> errors) {
        if (errors.isEmpty()) {
            return "(no error details)";
        }
        return errors.stream().map(CamError::toString).collect(Collectors.joining(", "));
    }

    /** Every error CAM returned, in its order; never empty unless CAM sent none. */
    public List<CamError> getErrors() {
        return errors;
    }

    /** The first error code, e.g. {@code 805}; null when CAM sent none. */
    public String getErrorCode() {
        return errors.isEmpty() ? null : errors.get(0).code();
    }

    /** Whether any returned error has this code, e.g. {@code hasErrorCode("805")} for a bad token. */
    public boolean hasErrorCode(String code) {
        return errors.stream().anyMatch(e -> e.code() != null && e.code().equals(code));
    }
}

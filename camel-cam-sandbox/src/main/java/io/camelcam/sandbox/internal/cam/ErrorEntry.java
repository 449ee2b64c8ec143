package io.camelcam.sandbox.internal.cam;

/** One element of a CAM error body's {@code errors} array. */
public record ErrorEntry(String code, String message) {

    public static final ErrorEntry INVALID_TOKEN = new ErrorEntry("805", "SC_INVALID_APITOKEN");
    public static final ErrorEntry PERMISSION_DENIED = new ErrorEntry("806", "SC_PERMISSION_DENIED");

    /** {@code 400 SC_INVALID_PARAMETER: <field>: <reason>}: the message always names the field. */
    public static ErrorEntry invalid(String field, String reason) {
        return new ErrorEntry("400", "SC_INVALID_PARAMETER: " + field + ": " + reason);
    }

    /** {@code 404 SC_NOT_FOUND: <what>}, e.g. {@code chat room 'xyz'}. */
    public static ErrorEntry notFound(String what) {
        return new ErrorEntry("404", "SC_NOT_FOUND: " + what);
    }
}

package io.camelcam.sandbox.internal.cam;

/** One element of a CAM error body's {@code errors} array. */
public record CamError(String code, String message) {

    public static final CamError INVALID_TOKEN = new CamError("805", "SC_INVALID_APITOKEN");
    public static final CamError PERMISSION_DENIED = new CamError("806", "SC_PERMISSION_DENIED");

    /** {@code 400 SC_INVALID_PARAMETER: <field>: <reason>}: the message always names the field. */
    public static CamError invalid(String field, String reason) {
        return new CamError("400", "SC_INVALID_PARAMETER: " + field + ": " + reason);
    }

    /** {@code 404 SC_NOT_FOUND: <what>}, e.g. {@code chat room 'xyz'}. */
    public static CamError notFound(String what) {
        return new CamError("404", "SC_NOT_FOUND: " + what);
    }
}

package io.camelcam.sandbox.internal.cam;

/** Who a request's token says the caller is. */
public enum Role {
    /** The administrator token: may call every operation. */
    ADMIN,
    /** The user token: may call everything but the user API. */
    USER,
    /** No token, or a wrong one. */
    NONE
}

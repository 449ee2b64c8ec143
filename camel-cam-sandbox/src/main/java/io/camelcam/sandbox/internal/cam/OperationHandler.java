package io.camelcam.sandbox.internal.cam;

import java.io.IOException;

/**
 * One CAM operation, served at {@code /<name()>}. The dispatcher has already checked the method and the
 * token by the time {@link #handle} runs; the handler validates its input (throwing {@link RequestRefusedException})
 * and applies it to the sandbox's state.
 */
public interface OperationHandler {

    /** The operation name, also its path. */
    String name();

    /** Read operations also answer GET with a query string (the manual's bare {@code curl} is a GET). */
    default boolean acceptsGet() {
        return false;
    }

    /** The user API needs the administrator token. */
    default boolean adminOnly() {
        return false;
    }

    Reply handle(OperationRequest request) throws IOException;
}

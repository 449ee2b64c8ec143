package io.camelcam.sandbox.internal.cam;

import java.util.List;

/**
 * A request the sandbox refuses with {@code status:520}. Thrown by validation code and turned into the
 * error body by the dispatcher. It is ordinary control flow for bad input, so it carries no stack trace.
 */
public final class RequestRefusedException extends RuntimeException {

    private final transient List<ErrorEntry> errors;

    public RequestRefusedException(List<ErrorEntry> errors) {
        super(errors.isEmpty() ? "no errors" : errors.get(0).message(), null, false, false);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public RequestRefusedException(ErrorEntry error) {
        this(List.of(error));
    }

    public static RequestRefusedException invalid(String field, String reason) {
        return new RequestRefusedException(ErrorEntry.invalid(field, reason));
    }

    public static RequestRefusedException notFound(String what) {
        return new RequestRefusedException(ErrorEntry.notFound(what));
    }

    public List<ErrorEntry> errors() {
        return errors;
    }
}

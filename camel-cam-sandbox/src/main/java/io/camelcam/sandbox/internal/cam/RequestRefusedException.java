package io.camelcam.sandbox.internal.cam;

import java.util.List;

/**
 * A request the sandbox refuses with {@code status:520}. Thrown by validation code and turned into the
 * error body by the dispatcher. It is ordinary control flow for bad input, so it carries no stack trace.
 */
public final class CamProblem extends RuntimeException {

    private final transient List<CamError> errors;

    public CamProblem(List<CamError> errors) {
        super(errors.isEmpty() ? "no errors" : errors.get(0).message(), null, false, false);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a CAM problem needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public CamProblem(CamError error) {
        this(List.of(error));
    }

    public static CamProblem invalid(String field, String reason) {
        return new CamProblem(CamError.invalid(field, reason));
    }

    public static CamProblem notFound(String what) {
        return new CamProblem(CamError.notFound(what));
    }

    public List<CamError> errors() {
        return errors;
    }
}

package io.callqa.kit.problem;

import java.util.List;

import jakarta.ws.rs.core.Response.Status;

/** Thrown by resources and domain code for a request that cannot be served; becomes a {@link Problem}. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Status status, String detail, List<FieldError> errors) {
        super(detail);
        this.problem = Problem.of(status, detail, errors);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(Status.BAD_REQUEST, describe(errors), errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Status.NOT_FOUND, detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Status.CONFLICT, detail, List.of());
    }

    /** 413: the request (or one of its parts, named by {@code field}) is larger than the service takes. */
    public static ProblemException tooLarge(String field, String message) {
        return new ProblemException(Status.REQUEST_ENTITY_TOO_LARGE, field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Status.FORBIDDEN, detail, List.of());
    }

    public Problem problem() {
        return problem;
    }

    static String describe(List<FieldError> errors) {
        return errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid: " + String.join(", ", errors.stream().map(FieldError::field).toList());
    }
}

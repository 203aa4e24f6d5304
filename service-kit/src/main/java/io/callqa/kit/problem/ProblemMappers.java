package io.callqa.kit.problem;

import java.util.Comparator;
import java.util.List;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/** Every error a client can cause, as {@code application/problem+json} naming the field or the reason. */
public class ProblemMappers {

    private static final int BEFORE_BUILTIN = Priorities.USER - 1000;

    @ServerExceptionMapper(priority = BEFORE_BUILTIN)
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper(priority = BEFORE_BUILTIN)
    public Response invalid(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(FieldPaths.of(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ProblemException.invalid(errors).problem().toResponse();
    }

    @ServerExceptionMapper(priority = BEFORE_BUILTIN)
    public Response malformed(JsonParseException e) {
        return badJson(FieldPaths.BODY, "malformed JSON: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper(priority = BEFORE_BUILTIN)
    public Response mismatched(MismatchedInputException e) {
        return badJson(FieldPaths.of(e), describe(e));
    }

    @ServerExceptionMapper(priority = BEFORE_BUILTIN)
    public Response invalidFormat(InvalidFormatException e) {
        return mismatched(e);
    }

    @ServerExceptionMapper(priority = BEFORE_BUILTIN)
    public Response unreadable(JsonMappingException e) {
        return badJson(FieldPaths.of(e), e.getOriginalMessage());
    }

    @ServerExceptionMapper(priority = BEFORE_BUILTIN)
    public Response unauthorized(UnauthorizedException e) {
        return challenge("a valid bearer token is required");
    }

    @ServerExceptionMapper(priority = BEFORE_BUILTIN)
    public Response unauthenticated(AuthenticationFailedException e) {
        boolean explained = e.getCause() == null && e.getMessage() != null && !e.getMessage().isBlank();
        return challenge(explained ? e.getMessage()
                : "the bearer token is not valid: it is expired, malformed or signed by an unknown key");
    }

    @ServerExceptionMapper(priority = BEFORE_BUILTIN)
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Status.FORBIDDEN, "your role does not allow this request", List.of()).toResponse();
    }

    @ServerExceptionMapper(priority = BEFORE_BUILTIN)
    public Response web(WebApplicationException e, HttpHeaders headers) {
        if (e.getResponse().getEntity() instanceof Problem) {
            return e.getResponse();
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return json instanceof JsonMappingException mapping
                    ? badJson(FieldPaths.of(mapping), describe(mapping))
                    : badJson(FieldPaths.BODY, "malformed JSON: " + json.getOriginalMessage());
        }
        Status status = Status.fromStatusCode(e.getResponse().getStatus());
        if (status == Status.UNSUPPORTED_MEDIA_TYPE) {
            String given = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
            String message = (given == null ? "is missing" : "'" + given + "' is not accepted here")
                    + "; the operation's request body types are listed in /q/openapi";
            return Problem.of(status, "Content-Type " + message, List.of(new FieldError("Content-Type", message)))
                    .toResponse();
        }
        return Problem.of(status == null ? Status.BAD_REQUEST : status, e.getMessage(), List.of()).toResponse();
    }

    @ServerExceptionMapper(priority = BEFORE_BUILTIN + 1)
    public Response unexpected(RuntimeException e) {
        Log.errorf(e, "unexpected error while serving a request");
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "unexpected error; it has been logged", List.of()).toResponse();
    }

    private static Response badJson(String field, String message) {
        return ProblemException.invalid(field, message).problem().toResponse();
    }

    private static Response challenge(String detail) {
        return Response.fromResponse(Problem.of(Status.UNAUTHORIZED, detail, List.of()).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof InvalidFormatException format) {
            return "cannot read '" + format.getValue() + "' as " + readable(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + readable(mismatch.getTargetType());
        }
        return e.getOriginalMessage();
    }

    private static String readable(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "an ISO-8601 instant with offset, e.g. 2026-11-02T09:15:00+08:00";
        }
        return type.getSimpleName().toLowerCase(java.util.Locale.ROOT).replace("integer", "an integer");
    }
}

package io.callqa.kit.problem;

/** One thing wrong with a request: the field (a JSON path such as {@code items[2].awarded}) and why. */
public record FieldError(String field, String message) {
}

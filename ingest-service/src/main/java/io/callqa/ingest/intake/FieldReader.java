package io.callqa.ingest.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.callqa.kit.problem.FieldError;

/**
 * Reads typed values out of a JSON object, collecting one precise error per unreadable field instead of
 * stopping at the first. In lenient mode (CSV, where every cell is text) numbers may be written as text.
 */
public final class FieldReader {

    private final JsonNode node;
    private final String prefix;
    private final boolean textualNumbers;
    private final List<FieldError> errors;

    private FieldReader(JsonNode node, String prefix, boolean textualNumbers, List<FieldError> errors) {
        this.node = node;
        this.prefix = prefix;
        this.textualNumbers = textualNumbers;
        this.errors = errors;
    }

    public static FieldReader of(JsonNode node, boolean textualNumbers) {
        return new FieldReader(node, "", textualNumbers, new ArrayList<>());
    }

    public FieldReader nested(JsonNode child, String path) {
        return new FieldReader(child, path + ".", textualNumbers, errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public void error(String field, String message) {
        errors.add(new FieldError(prefix + field, message));
    }

    public JsonNode value(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    /** Text, null when blank; a whole number is taken as its digits (ids sent as numbers). */
    public String text(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (value.isTextual() || value.isIntegralNumber()) {
            return value.asText().isBlank() ? null : value.asText();
        }
        error(field, "must be a string");
        return null;
    }

    public Integer integer(String field, String unit) {
        Long value = longValue(field, unit);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            error(field, "is out of range");
            return null;
        }
        return value == null ? null : value.intValue();
    }

    public Long longValue(String field, String unit) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (textualNumbers && value.isTextual() && value.asText().trim().matches("-?\\d{1,18}")) {
            return Long.parseLong(value.asText().trim());
        }
        error(field, "must be a whole number" + unit);
        return null;
    }

    public OffsetDateTime instant(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return IsoInstants.parse(text.trim());
        } catch (DateTimeParseException e) {
            error(field, "must be an ISO-8601 instant with an offset, e.g. 2026-11-02T09:15:00+08:00");
            return null;
        }
    }

    public LocalDate date(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            error(field, "must be a date as YYYY-MM-DD");
            return null;
        }
    }

    public Boolean bool(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        error(field, "must be true or false");
        return null;
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }
}

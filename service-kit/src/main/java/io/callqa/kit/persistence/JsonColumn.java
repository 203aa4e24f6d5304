package io.callqa.kit.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import io.callqa.events.EventJson;
import jakarta.persistence.AttributeConverter;

/** Stores a value as the same JSON the events carry, in a {@code text} column. */
public abstract class JsonColumn<T> implements AttributeConverter<T, String> {

    private final TypeReference<T> type;

    protected JsonColumn(TypeReference<T> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot store as JSON: " + value, e);
        }
    }

    @Override
    public T convertToEntityAttribute(String json) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable JSON column: " + json, e);
        }
    }
}

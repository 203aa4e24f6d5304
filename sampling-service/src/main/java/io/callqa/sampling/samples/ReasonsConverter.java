package io.callqa.sampling.samples;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import io.callqa.events.EventJson;
import io.callqa.events.SampleSelected;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a sample's reasons as the same JSON the events carry. */
@Converter
public class ReasonsConverter implements AttributeConverter<List<SampleSelected.Reason>, String> {

    private static final TypeReference<List<SampleSelected.Reason>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<SampleSelected.Reason> reasons) {
        try {
            return EventJson.mapper().writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public List<SampleSelected.Reason> convertToEntityAttribute(String json) {
        try {
            return EventJson.mapper().readValue(json, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable reasons: " + json, e);
        }
    }
}

package io.callqa.kit.persistence;

import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;

import io.callqa.events.SampleSelected;
import jakarta.persistence.Converter;

/** A sample's reasons as JSON. */
@Converter
public class ReasonsColumn extends JsonColumn<List<SampleSelected.Reason>> {

    public ReasonsColumn() {
        super(new TypeReference<>() {
        });
    }
}

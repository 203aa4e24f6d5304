package io.callqa.kit.persistence;

import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;

import io.callqa.events.EvaluationReleased;
import jakarta.persistence.Converter;

/** An evaluation's item results as JSON. */
@Converter
public class ItemResultsColumn extends JsonColumn<List<EvaluationReleased.ItemResult>> {

    public ItemResultsColumn() {
        super(new TypeReference<>() {
        });
    }
}

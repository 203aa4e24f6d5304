package io.callqa.kit.persistence;

import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;

import jakarta.persistence.Converter;

/** A list of strings as JSON: role names, item ids, evaluator ids. */
@Converter
public class StringListColumn extends JsonColumn<List<String>> {

    public StringListColumn() {
        super(new TypeReference<>() {
        });
    }
}

package io.callqa.scoring.evaluations;

import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;

import io.callqa.kit.persistence.JsonColumn;
import jakarta.persistence.Converter;

/** A list of role names as JSON, e.g. an evaluation's review levels. */
@Converter
public class RolesColumn extends JsonColumn<List<String>> {

    public RolesColumn() {
        super(new TypeReference<>() {
        });
    }
}

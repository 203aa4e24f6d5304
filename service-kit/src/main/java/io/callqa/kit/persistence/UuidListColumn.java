package io.callqa.kit.persistence;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;

import jakarta.persistence.Converter;

/** A list of ids as JSON, e.g. the evaluations a coaching plan or a training topic rests on. */
@Converter
public class UuidListColumn extends JsonColumn<List<UUID>> {

    public UuidListColumn() {
        super(new TypeReference<>() {
        });
    }
}

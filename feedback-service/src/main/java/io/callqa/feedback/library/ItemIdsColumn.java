package io.callqa.feedback.library;

import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;

import io.callqa.kit.persistence.JsonColumn;
import jakarta.persistence.Converter;

/** Item ids as a JSON array, e.g. {@code ["B1","S2"]}: the items a library recording exemplifies. */
@Converter
public class ItemIdsColumn extends JsonColumn<List<String>> {

    public ItemIdsColumn() {
        super(new TypeReference<>() {
        });
    }
}

package io.callqa.feedback.training;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;

import io.callqa.kit.persistence.JsonColumn;
import jakarta.persistence.Converter;

/** The evaluations behind a topic, as a JSON list of ids. */
@Converter
public class EvidenceColumn extends JsonColumn<List<UUID>> {

    public EvidenceColumn() {
        super(new TypeReference<>() {
        });
    }
}

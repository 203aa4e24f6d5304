package io.callqa.feedback.coaching;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;

import io.callqa.kit.persistence.JsonColumn;
import jakarta.persistence.Converter;

/** The JSON columns of a coaching plan. Lists are always replaced, never changed in place, so Hibernate sees it. */
final class JsonColumns {

    private JsonColumns() {
    }

    @Converter
    public static class Tasks extends JsonColumn<List<PlanTask>> {
        public Tasks() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class Transitions extends JsonColumn<List<Transition>> {
        public Transitions() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class Rechecks extends JsonColumn<List<Recheck>> {
        public Rechecks() {
            super(new TypeReference<>() {
            });
        }
    }
}

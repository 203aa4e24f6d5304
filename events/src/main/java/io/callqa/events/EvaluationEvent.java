package io.callqa.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Events on {@value Topics#EVALUATIONS}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes(@JsonSubTypes.Type(value = EvaluationReleased.class, name = "EvaluationReleased"))
public sealed interface EvaluationEvent extends Event permits EvaluationReleased {

    @Override
    default String topic() {
        return Topics.EVALUATIONS;
    }
}

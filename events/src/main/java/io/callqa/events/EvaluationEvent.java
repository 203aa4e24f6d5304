package io.callqa.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Events on {@value Topics#EVALUATIONS}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = EvaluationReleased.class, name = "EvaluationReleased"),
        @JsonSubTypes.Type(value = EvaluationRevised.class, name = "EvaluationRevised"),
        @JsonSubTypes.Type(value = AppealUnderReview.class, name = "AppealUnderReview"),
        @JsonSubTypes.Type(value = AppealDecided.class, name = "AppealDecided"),
        @JsonSubTypes.Type(value = CalibrationCompleted.class, name = "CalibrationCompleted"),
        @JsonSubTypes.Type(value = QaPlanSet.class, name = "QaPlanSet")})
public sealed interface EvaluationEvent extends Event
        permits EvaluationReleased, EvaluationRevised, AppealUnderReview, AppealDecided, CalibrationCompleted,
        QaPlanSet {

    @Override
    default String topic() {
        return Topics.EVALUATIONS;
    }
}

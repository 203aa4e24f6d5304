package io.callqa.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Events on {@value Topics#FEEDBACK}, published by the feedback service. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = AppealFiled.class, name = "AppealFiled"),
        @JsonSubTypes.Type(value = CoachingCompleted.class, name = "CoachingCompleted"),
        @JsonSubTypes.Type(value = ExcellentRecordingApproved.class, name = "ExcellentRecordingApproved")})
public sealed interface FeedbackEvent extends Event permits AppealFiled, CoachingCompleted, ExcellentRecordingApproved {

    @Override
    default String topic() {
        return Topics.FEEDBACK;
    }
}

package io.callqa.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Events on {@value Topics#SAMPLES}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SampleSelected.class, name = "SampleSelected"),
        @JsonSubTypes.Type(value = SampleUpdated.class, name = "SampleUpdated")})
public sealed interface SampleEvent extends Event permits SampleSelected, SampleUpdated {

    @Override
    default String topic() {
        return Topics.SAMPLES;
    }
}

package io.callqa.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Events on {@value Topics#CALLS}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes(@JsonSubTypes.Type(value = CallRecorded.class, name = "CallRecorded"))
public sealed interface CallEvent extends Event permits CallRecorded {

    @Override
    default String topic() {
        return Topics.CALLS;
    }
}

package io.callqa.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Events on {@value Topics#COMPLAINTS}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes(@JsonSubTypes.Type(value = ComplaintReceived.class, name = "ComplaintReceived"))
public sealed interface ComplaintEvent extends Event permits ComplaintReceived {

    @Override
    default String topic() {
        return Topics.COMPLAINTS;
    }
}

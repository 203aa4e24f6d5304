package io.callqa.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Events on {@value Topics#ROSTER}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes(@JsonSubTypes.Type(value = AgentUpdated.class, name = "AgentUpdated"))
public sealed interface RosterEvent extends Event permits AgentUpdated {

    @Override
    default String topic() {
        return Topics.ROSTER;
    }
}

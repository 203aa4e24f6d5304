package io.callqa.events;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Events on {@value Topics#INTERVALS}: the 20-second service level (20秒接通率) of closed intervals. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = IntervalClosed.class, name = "IntervalClosed"),
        @JsonSubTypes.Type(value = IntervalUpdated.class, name = "IntervalUpdated")})
public sealed interface IntervalEvent extends Event permits IntervalClosed, IntervalUpdated {

    /** CENTER: all queues together; QUEUE: one queue on its own. */
    enum Scope { CENTER, QUEUE }

    /** MISSED: the service level is below the target; NONE: nothing was offered, so there is no verdict. */
    enum Verdict { MET, MISSED, NONE }

    /** The interval's figures; {@code serviceLevel} = answeredWithin ÷ offered, null when nothing was offered. */
    record Figures(
            int offered,
            int answeredWithin,
            int abandoned,
            BigDecimal serviceLevel,
            BigDecimal target,
            Verdict verdict) {
    }

    Scope scope();

    String queueId();

    Instant start();

    Instant end();

    Figures figures();

    @Override
    default String topic() {
        return Topics.INTERVALS;
    }

    @Override
    default String key() {
        return queueId() != null ? queueId() : scope().name();
    }
}

package io.callqa.events;

import java.time.Instant;
import java.util.UUID;

/** A record arrived late for an interval that was already closed and changed its figures; {@code previousVerdict} is the verdict before. */
public record IntervalUpdated(
        UUID eventId,
        Instant occurredAt,
        Scope scope,
        String queueId,
        Instant start,
        Instant end,
        int lengthMinutes,
        Figures figures,
        Verdict previousVerdict,
        Instant watermark) implements IntervalEvent {
}

package io.callqa.events;

import java.time.Instant;
import java.util.UUID;

/** The event-time watermark passed the end of an interval: its figures and verdict are now final, unless a late record changes them ({@link IntervalUpdated}). */
public record IntervalClosed(
        UUID eventId,
        Instant occurredAt,
        Scope scope,
        String queueId,
        Instant start,
        Instant end,
        int lengthMinutes,
        Figures figures,
        Instant watermark) implements IntervalEvent {
}

package io.callqa.sampling.intervals.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import io.callqa.events.IntervalEvent;

/**
 * One interval's figures of the 20-second service level (20秒接通率) as the API shows them: {@code serviceLevel} =
 * answeredWithin ÷ offered to four decimals (null when nothing was offered), {@code verdict} null while the
 * interval is open.
 */
public record IntervalView(
        IntervalEvent.Scope scope,
        String queueId,
        Instant start,
        Instant end,
        int lengthMinutes,
        int offered,
        int answeredWithin,
        int abandoned,
        BigDecimal serviceLevel,
        IntervalEvent.Verdict verdict,
        boolean closed) {

    /** A row of {@code service_interval}. */
    record Row(String scopeKey, String queueId, Instant startAt, Instant endAt, int lengthMinutes, int offered,
            int answeredWithin, int abandoned, IntervalEvent.Verdict verdict, Instant closedAt) {
    }

    static IntervalView of(Row row) {
        boolean closed = row.closedAt() != null;
        BigDecimal level = row.offered() == 0 ? null
                : BigDecimal.valueOf(row.answeredWithin()).divide(BigDecimal.valueOf(row.offered()), 4,
                        RoundingMode.HALF_UP);
        IntervalEvent.Scope scope = IntervalEvent.Scope.CENTER.name().equals(row.scopeKey()) && row.queueId() == null
                ? IntervalEvent.Scope.CENTER : IntervalEvent.Scope.QUEUE;
        return new IntervalView(scope, row.queueId(), row.startAt(), row.endAt(), row.lengthMinutes(), row.offered(),
                row.answeredWithin(), row.abandoned(), level, closed ? row.verdict() : null, closed);
    }
}

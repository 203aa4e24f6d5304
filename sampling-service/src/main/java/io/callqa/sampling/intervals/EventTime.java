package io.callqa.sampling.intervals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import io.callqa.kit.center.CenterConfig;
import io.callqa.sampling.store.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The event-time watermark, kept in PostgreSQL so that every instance shares it: the largest {@code endedAt}
 * seen less the allowed lateness, never moving backwards; or, when no record has arrived for
 * {@code qa.sla.idle-after} of wall-clock time, the wall clock less the lateness. Call under {@code SamplingLock}.
 */
@ApplicationScoped
public class EventTime {

    private static final String OBSERVE = """
            update watermark set
                max_ended_at = greatest(max_ended_at, cast(:ended as timestamptz)),
                last_arrival_at = :now,
                value = greatest(value, cast(:value as timestamptz)),
                days_from = coalesce(days_from, cast(:day as date))
            where name = 'calls'
            returning value, days_from, last_arrival_at""";

    private static final String CURRENT = "select value, days_from, last_arrival_at from watermark where name = 'calls'";

    private static final String ADVANCE = "update watermark set value = :value where name = 'calls'";

    private final SlaConfig sla;
    private final Clock clock;
    private final IntervalGrid grid;

    public EventTime(SlaConfig sla, Clock clock, CenterConfig center) {
        this.sla = sla;
        this.clock = clock;
        this.grid = new IntervalGrid(center.zone(), sla.intervalMinutes());
    }

    /** The watermark and the first day the daily jobs consider. */
    public record Mark(Instant value, LocalDate daysFrom, Instant lastArrivalAt) {
    }

    /** Records a batch whose largest {@code endedAt} is {@code maxEndedAt}; answers the watermark after it. */
    public Uni<Mark> observe(Instant maxEndedAt) {
        Instant value = Watermark.of(maxEndedAt, sla.allowedLateness());
        return Sql.rows(OBSERVE, Mark.class, "ended", maxEndedAt, "now", clock.instant(), "value", value,
                "day", grid.dayOf(value)).map(rows -> rows.get(0));
    }

    /** Advances an idle watermark to the wall clock less the lateness; answers the mark if it moved. */
    public Uni<Optional<Mark>> idle() {
        return Sql.rows(CURRENT, Mark.class).chain(rows -> {
            Mark mark = rows.get(0);
            if (mark.value() == null || mark.lastArrivalAt() == null) {
                return Uni.createFrom().item(Optional.<Mark>empty());
            }
            return Watermark.idleAdvance(mark.lastArrivalAt(), clock.instant(), sla.idleAfter(),
                            sla.allowedLateness(), mark.value())
                    .filter(next -> next.isAfter(mark.value()))
                    .map(next -> Sql.update(ADVANCE, "value", next)
                            .map(n -> Optional.of(new Mark(next, mark.daysFrom(), mark.lastArrivalAt()))))
                    .orElse(Uni.createFrom().item(Optional.empty()));
        });
    }
}

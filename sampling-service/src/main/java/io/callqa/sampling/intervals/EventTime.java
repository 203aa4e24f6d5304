package io.callqa.sampling.intervals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.callqa.kit.center.CenterConfig;
import io.callqa.sampling.store.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The event-time watermark, kept in PostgreSQL so that every instance shares it. Each partition of
 * {@code qa.calls.v1} keeps the largest {@code endedAt} read from it; the watermark is the smallest of those among
 * partitions that are not idle (a record within {@code qa.sla.idle-after}), or the largest of all when every
 * partition is idle, less the allowed lateness, and it never moves backwards. A replay that reads one partition
 * ahead of another therefore closes nothing before the slower one has caught up. When no record at all has arrived
 * for {@code qa.sla.idle-after} of wall-clock time, the watermark advances to the wall clock less the lateness.
 * Call under {@code SamplingLock}.
 */
@ApplicationScoped
public class EventTime {

    private static final String MARK_PARTITIONS = """
            insert into partition_mark (part, max_ended_at, last_arrival_at)
            select p.part, p.max_ended_at, :now
            from jsonb_to_recordset(cast(cast(:marks as text) as jsonb)) as p(part integer, max_ended_at timestamptz)
            on conflict (part) do update set
                max_ended_at = greatest(partition_mark.max_ended_at, excluded.max_ended_at),
                last_arrival_at = excluded.last_arrival_at""";

    private static final String EVENT_TIME = """
            select coalesce(min(max_ended_at) filter (where last_arrival_at >= cast(:activeSince as timestamptz)),
                            max(max_ended_at)) as event_time
            from partition_mark""";

    private static final String ADVANCE = """
            update watermark set
                value = greatest(value, cast(:value as timestamptz)),
                last_arrival_at = coalesce(cast(:arrival as timestamptz), last_arrival_at),
                days_from = coalesce(days_from, cast(:day as date))
            where name = 'calls'
            returning value, days_from, last_arrival_at""";

    private static final String CURRENT = "select value, days_from, last_arrival_at from watermark where name = 'calls'";

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

    record PartitionMark(int part, Instant maxEndedAt) {
    }

    record EventTimeRow(Instant eventTime) {
    }

    /** Records the largest {@code endedAt} of a batch per partition; answers the watermark after it. */
    public Uni<Mark> observe(Map<Integer, Instant> maxEndedByPartition) {
        Instant now = clock.instant();
        List<PartitionMark> marks = maxEndedByPartition.entrySet().stream()
                .map(e -> new PartitionMark(e.getKey(), e.getValue())).toList();
        return Sql.update(MARK_PARTITIONS, "marks", Sql.json(marks), "now", now)
                .chain(() -> Sql.rows(EVENT_TIME, EventTimeRow.class, "activeSince", now.minus(sla.idleAfter())))
                .chain(rows -> advance(Watermark.of(rows.get(0).eventTime(), sla.allowedLateness()), now));
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
                    .map(next -> advance(next, null).map(Optional::of))
                    .orElse(Uni.createFrom().item(Optional.empty()));
        });
    }

    private Uni<Mark> advance(Instant value, Instant arrival) {
        return Sql.rows(ADVANCE, Mark.class, "value", value, "arrival", arrival, "day", grid.dayOf(value))
                .map(rows -> rows.get(0));
    }
}

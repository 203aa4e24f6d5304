package io.callqa.sampling.intervals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import io.callqa.kit.center.CenterConfig;
import io.callqa.sampling.store.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The event-time watermark, kept in PostgreSQL so that every instance shares it. Each partition of
 * {@code qa.calls.v1} keeps the largest {@code endedAt} read from it; the watermark is the smallest of those among
 * partitions that are not idle (a record within {@code qa.sla.idle-after}), or the largest of all when every
 * partition is idle, less the allowed lateness, and it never moves backwards. A partition of the topic not read
 * yet holds it back until the stream's first record is {@code qa.sla.idle-after} old. A replay that reads one partition
 * ahead of another therefore closes nothing before the slower one has caught up. When no record at all has arrived
 * for {@code qa.sla.idle-after} of wall-clock time, the watermark advances to the wall clock less the lateness.
 * Call under {@code SamplingLock}.
 */
@ApplicationScoped
public class EventTime {

    private static final String MARK_PARTITIONS = """
            insert into partition_mark (part, max_ended_at, last_arrival_at)
            select p.part, p.max_ended_at, :now
            from json_to_recordset(cast(cast(:marks as text) as json)) as p(part integer, max_ended_at timestamptz)
            on conflict (part) do update set
                max_ended_at = greatest(partition_mark.max_ended_at, excluded.max_ended_at),
                last_arrival_at = excluded.last_arrival_at""";

    /**
     * The slowest active partition's event time. Every partition of the topic counts: one not read yet holds the
     * watermark back (no event time) until the stream's first record is {@code idle-after} old.
     */
    private static final String EVENT_TIME = """
            with parts as (select generate_series(0, cast(:partitions as integer) - 1) as part),
            first as (select coalesce(first_arrival_at, cast(:now as timestamptz)) as first_arrival_at
                      from watermark where name = 'calls'),
            marks as (
                select m.max_ended_at, coalesce(m.last_arrival_at, (select first_arrival_at from first)) as seen_at
                from (select part from parts union select part from partition_mark) p
                left join partition_mark m using (part))
            select case when bool_or(max_ended_at is null and seen_at >= cast(:activeSince as timestamptz)) then null
                        else coalesce(min(max_ended_at) filter (where seen_at >= cast(:activeSince as timestamptz)),
                                      max(max_ended_at)) end as event_time
            from marks""";

    private static final String ARRIVED = """
            update watermark set last_arrival_at = :now, first_arrival_at = coalesce(first_arrival_at, :now),
                days_from = coalesce(days_from, cast(:day as date))
            where name = 'calls'
            returning value, days_from, last_arrival_at""";

    private static final String ADVANCE = """
            update watermark set
                value = greatest(value, cast(:value as timestamptz)),
                last_arrival_at = greatest(last_arrival_at, cast(:arrival as timestamptz)),
                first_arrival_at = coalesce(first_arrival_at, cast(:arrival as timestamptz)),
                days_from = coalesce(days_from, cast(:day as date))
            where name = 'calls'
            returning value, days_from, last_arrival_at""";

    private static final String CURRENT = "select value, days_from, last_arrival_at from watermark where name = 'calls'";

    private final SlaConfig sla;
    private final CallPartitions partitions;
    private final Clock clock;
    private final IntervalGrid grid;

    public EventTime(SlaConfig sla, CallPartitions partitions, Clock clock, CenterConfig center) {
        this.sla = sla;
        this.partitions = partitions;
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

    /**
     * Records the largest {@code endedAt} of a batch per partition; answers the watermark after it. The first
     * batch's earliest {@code endedAt} fixes the first day the daily jobs consider.
     */
    public Uni<Mark> observe(Map<Integer, Instant> maxEndedByPartition, Instant earliestEnded) {
        LocalDate firstDay = grid.dayOf(earliestEnded);
        Instant now = clock.instant();
        List<PartitionMark> marks = maxEndedByPartition.entrySet().stream()
                .map(e -> new PartitionMark(e.getKey(), e.getValue())).toList();
        return Sql.update(MARK_PARTITIONS, "marks", Sql.json(marks), "now", now)
                .chain(() -> eventTime(now))
                .chain(rows -> rows.isEmpty() || rows.get(0).eventTime() == null
                        ? Sql.rows(ARRIVED, Mark.class, "now", now, "day", firstDay).map(r -> r.get(0))
                        : advance(Watermark.of(rows.get(0).eventTime(), sla.allowedLateness()), now, firstDay));
    }

    /** No event time while the partition count is unknown: an unknown partition could be behind. */
    private Uni<List<EventTimeRow>> eventTime(Instant now) {
        OptionalInt count = partitions.count();
        return count.isEmpty() ? Uni.createFrom().item(List.of())
                : Sql.rows(EVENT_TIME, EventTimeRow.class, "partitions", count.getAsInt(), "now", now,
                        "activeSince", now.minus(sla.idleAfter()));
    }

    /**
     * Moves the watermark without a new record; answers the mark if it moved. To the event time of the partition
     * marks as they stand: a batch read before the partition count was known (at start-up) could not move it, and
     * a partition that has since gone idle no longer holds it back. And, when no record at all has arrived for
     * {@code idle-after}, to the wall clock less the lateness.
     */
    public Uni<Optional<Mark>> idle() {
        Instant now = clock.instant();
        return Sql.rows(CURRENT, Mark.class).chain(rows -> {
            Mark mark = rows.get(0);
            if (mark.lastArrivalAt() == null) {
                return Uni.createFrom().item(Optional.<Mark>empty());
            }
            return eventTime(now).chain(times -> {
                Optional<Instant> marked = times.stream().map(EventTimeRow::eventTime).filter(Objects::nonNull)
                        .findFirst().map(t -> Watermark.of(t, sla.allowedLateness()));
                Optional<Instant> idle = mark.value() == null ? Optional.empty()
                        : Watermark.idleAdvance(mark.lastArrivalAt(), now, sla.idleAfter(), sla.allowedLateness(),
                                mark.value());
                return Stream.of(marked, idle).flatMap(Optional::stream).max(Comparator.naturalOrder())
                        .filter(next -> mark.value() == null || next.isAfter(mark.value()))
                        .map(next -> advance(next, mark.lastArrivalAt(), grid.dayOf(next)).map(Optional::of))
                        .orElse(Uni.createFrom().item(Optional.empty()));
            });
        });
    }

    private Uni<Mark> advance(Instant value, Instant arrival, LocalDate firstDay) {
        return Sql.rows(ADVANCE, Mark.class, "value", value, "arrival", arrival, "day", firstDay)
                .map(rows -> rows.get(0));
    }
}

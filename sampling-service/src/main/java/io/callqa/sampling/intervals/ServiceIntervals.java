package io.callqa.sampling.intervals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.callqa.events.IntervalClosed;
import io.callqa.events.IntervalEvent;
import io.callqa.events.IntervalEvent.Scope;
import io.callqa.events.IntervalEvent.Verdict;
import io.callqa.events.IntervalUpdated;
import io.callqa.kit.center.CenterConfig;
import io.callqa.kit.outbox.Outbox;
import io.callqa.kit.persistence.Transactions;
import io.callqa.sampling.calls.CallRow;
import io.callqa.sampling.samples.Pick;
import io.callqa.sampling.store.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The interval figures of the 20-second service level, kept as a batch's calls arrive: a call's first record adds
 * its counts to its interval ({@link IntervalCounts}); an interval touched by a replaced record (whose interval or
 * outcome may have changed) is counted again from the call index. An interval closes when the watermark passes
 * its end ({@code IntervalClosed}); a late record that changes a closed interval publishes {@code IntervalUpdated}. A MISSED interval's long calls are sampled at
 * closing, and again whenever a late record leaves or makes it MISSED.
 */
@ApplicationScoped
public class ServiceIntervals {

    /**
     * An interval's figures over its calls {@code c}, as {@link IntervalCounts} counts them, and the part of them
     * that calls ending at or after the interval's end plus the allowed lateness make ({@code ahead_*}).
     */
    private static final String FIGURES = """
            count(c.call_id) filter (where %1$s) as offered,
            count(c.call_id) filter (where %2$s) as answered_within,
            count(c.call_id) filter (where %3$s) as abandoned,
            count(c.call_id) filter (where %1$s and %4$s) as ahead_offered,
            count(c.call_id) filter (where %2$s and %4$s) as ahead_answered_within,
            count(c.call_id) filter (where %3$s and %4$s) as ahead_abandoned""".formatted(
            "(c.outcome <> 'ABANDONED' or coalesce(c.wait_seconds, 0) >= :shortAbandon)",
            "c.outcome = 'ANSWERED' and c.wait_seconds <= :threshold",
            "c.outcome = 'ABANDONED' and coalesce(c.wait_seconds, 0) >= :shortAbandon",
            "c.ended_at >= k.end_at + cast(:lateness as integer) * interval '1 second'");

    /**
     * Intervals touched by replaced records, counted again from the call index: per interval one probe of
     * {@code call_interval}, fenced as in {@link LongCallPicks}.
     */
    private static final String RECOUNT = """
            with k as (
                select * from json_to_recordset(cast(cast(:keys as text) as json)) as k(scope_key text, queue_id text,
                    start_at timestamptz, end_at timestamptz)),
            previous as (select s.* from service_interval s join k using (scope_key, start_at)),
            figures as (
                select k.scope_key, k.queue_id, k.start_at, k.end_at,""" + FIGURES + """

                from k left join lateral (
                    select * from call c
                    where c.direction = 'INBOUND' and c.interval_start = k.start_at
                      and (:scope = 'CENTER' or c.queue_id is not distinct from k.queue_id)
                    offset 0) c on true
                group by k.scope_key, k.queue_id, k.start_at, k.end_at),
            upserted as (
                insert into service_interval (scope_key, queue_id, start_at, end_at, length_minutes, offered,
                                              answered_within, abandoned, ahead_offered, ahead_answered_within,
                                              ahead_abandoned)
                select scope_key, queue_id, start_at, end_at, :minutes, offered, answered_within, abandoned,
                       ahead_offered, ahead_answered_within, ahead_abandoned
                from figures
                on conflict (scope_key, start_at) do update set offered = excluded.offered,
                    answered_within = excluded.answered_within, abandoned = excluded.abandoned,
                    ahead_offered = excluded.ahead_offered,
                    ahead_answered_within = excluded.ahead_answered_within,
                    ahead_abandoned = excluded.ahead_abandoned
                returning *)
            select u.*, p.offered as previous_offered, p.answered_within as previous_answered_within,
                   p.abandoned as previous_abandoned
            from upserted u left join previous p using (scope_key, start_at)""";

    /** The batch's first records, added to their intervals' figures: one row per interval. */
    private static final String ADD = """
            with d as (
                select * from json_to_recordset(cast(cast(:rows as text) as json)) as d(scope_key text, queue_id text,
                    start_at timestamptz, end_at timestamptz, offered integer, answered_within integer,
                    abandoned integer, ahead_offered integer, ahead_answered_within integer,
                    ahead_abandoned integer)),
            previous as (select s.* from service_interval s join d using (scope_key, start_at)),
            upserted as (
                insert into service_interval (scope_key, queue_id, start_at, end_at, length_minutes, offered,
                                              answered_within, abandoned, ahead_offered, ahead_answered_within,
                                              ahead_abandoned)
                select scope_key, queue_id, start_at, end_at, :minutes, offered, answered_within, abandoned,
                       ahead_offered, ahead_answered_within, ahead_abandoned from d
                on conflict (scope_key, start_at) do update set
                    offered = service_interval.offered + excluded.offered,
                    answered_within = service_interval.answered_within + excluded.answered_within,
                    abandoned = service_interval.abandoned + excluded.abandoned,
                    ahead_offered = service_interval.ahead_offered + excluded.ahead_offered,
                    ahead_answered_within = service_interval.ahead_answered_within + excluded.ahead_answered_within,
                    ahead_abandoned = service_interval.ahead_abandoned + excluded.ahead_abandoned
                returning *)
            select u.*, p.offered as previous_offered, p.answered_within as previous_answered_within,
                   p.abandoned as previous_abandoned
            from upserted u left join previous p using (scope_key, start_at)""";

    private static final String CLOSE = """
            update service_interval set closed_at = :now
            where closed_at is null and end_at <= cast(:watermark as timestamptz)
            returning *""";

    private static final String VERDICTS = """
            update service_interval s set verdict = v.verdict
            from json_to_recordset(cast(cast(:rows as text) as json)) as v(scope_key text, start_at timestamptz, verdict text)
            where s.scope_key = v.scope_key and s.start_at = v.start_at""";

    private final SlaConfig sla;
    private final Outbox outbox;
    private final LongCallPicks longCalls;
    private final IntervalMetrics metrics;
    private final Clock clock;
    private final IntervalGrid grid;

    public ServiceIntervals(SlaConfig sla, Outbox outbox, LongCallPicks longCalls, IntervalMetrics metrics,
            Clock clock, CenterConfig center) {
        this.sla = sla;
        this.outbox = outbox;
        this.longCalls = longCalls;
        this.metrics = metrics;
        this.clock = clock;
        this.grid = new IntervalGrid(center.zone(), sla.intervalMinutes());
    }

    record Key(String scopeKey, String queueId, Instant startAt, Instant endAt) {
    }

    record Added(String scopeKey, String queueId, Instant startAt, Instant endAt, int offered, int answeredWithin,
            int abandoned, int aheadOffered, int aheadAnsweredWithin, int aheadAbandoned) {

        Added(Key key, IntervalCounts counts, IntervalCounts ahead) {
            this(key.scopeKey(), key.queueId(), key.startAt(), key.endAt(), counts.offered(), counts.answeredWithin(),
                    counts.abandoned(), ahead.offered(), ahead.answeredWithin(), ahead.abandoned());
        }
    }

    record VerdictRow(String scopeKey, Instant startAt, Verdict verdict) {
    }

    /** Updates the intervals the calls touch; answers the long-call picks of closed intervals now MISSED. */
    public Uni<List<Pick>> recompute(List<CallRow> calls, Instant watermark) {
        Set<Key> recount = new LinkedHashSet<>();
        Map<Key, IntervalCounts> added = new LinkedHashMap<>();
        Map<Key, IntervalCounts> ahead = new HashMap<>();
        for (CallRow call : calls) {
            Key key = call.inbound() && call.intervalStart() != null
                    ? key(call.queueId(), call.intervalStart(), call.intervalEnd()) : null;
            if (call.inserted()) {
                if (key != null) {
                    IntervalCounts counts = IntervalCounts.of(call, sla.thresholdSeconds(), sla.shortAbandonSeconds());
                    added.merge(key, counts, IntervalCounts::plus);
                    ahead.merge(key, endsAfterClosing(call) ? counts : IntervalCounts.NONE, IntervalCounts::plus);
                }
                continue;
            }
            if (key != null) {
                recount.add(key);
            }
            if (call.previousIntervalStart() != null && !call.previousIntervalStart().equals(call.intervalStart())) {
                recount.add(key(call.queueId(), call.previousIntervalStart(),
                        grid.intervalOf(call.previousIntervalStart()).end()));
            }
        }
        added.keySet().removeAll(recount);
        return add(added, ahead).chain(addedRows -> recount(recount).map(recounted -> {
                    List<IntervalRow> rows = new ArrayList<>(addedRows);
                    rows.addAll(recounted);
                    return rows;
                }))
                .chain(rows -> late(rows.stream().filter(r -> r.closed() && r.figuresChanged()).toList(), watermark));
    }

    /** Whether a live stream delivers the call only after its interval has closed (at its end plus the lateness). */
    private boolean endsAfterClosing(CallRow call) {
        return call.endedAt() != null && !call.endedAt().isBefore(call.intervalEnd().plus(sla.allowedLateness()));
    }

    private Uni<List<IntervalRow>> add(Map<Key, IntervalCounts> added, Map<Key, IntervalCounts> ahead) {
        if (added.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Added> rows = added.entrySet().stream()
                .map(e -> new Added(e.getKey(), e.getValue(), ahead.get(e.getKey()))).toList();
        return Sql.rows(ADD, IntervalRow.class, "rows", Sql.json(rows), "minutes", sla.intervalMinutes());
    }

    private Uni<List<IntervalRow>> recount(Set<Key> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Sql.rows(RECOUNT, IntervalRow.class, "keys", Sql.json(keys), "shortAbandon",
                sla.shortAbandonSeconds(), "threshold", sla.thresholdSeconds(), "scope", sla.scope().name(),
                "minutes", sla.intervalMinutes(), "lateness", (int) sla.allowedLateness().toSeconds());
    }

    /**
     * Closes every open interval the watermark has passed, with the figures of the calls that ended by then (its
     * figures less those ahead, {@link IntervalRow#atClose}), and samples the long calls among those when it
     * MISSED. Calls indexed early by a replay running ahead then update it as late records do. Answers the picks.
     */
    public Uni<List<Pick>> close(Instant watermark) {
        Instant now = clock.instant();
        return Sql.rows(CLOSE, IntervalRow.class, "now", now, "watermark", watermark).chain(closed -> {
            if (closed.isEmpty()) {
                return Uni.createFrom().item(List.of());
            }
            List<IntervalRow> asClosed = closed.stream().map(IntervalRow::atClose).toList();
            List<IntervalEvent> events = asClosed.stream().<IntervalEvent>map(r -> new IntervalClosed(
                    UUID.randomUUID(), now, sla.scope(), r.queueId(), r.startAt(), r.endAt(), r.lengthMinutes(),
                    r.figures(sla.target()), watermark)).toList();
            List<IntervalRow> ahead = new ArrayList<>();
            for (int i = 0; i < closed.size(); i++) {
                IntervalRow current = closed.get(i);
                IntervalRow early = asClosed.get(i);
                if (!current.level().equals(early.level())) {
                    ahead.add(current.after(early, early.level().verdict(sla.target())));
                }
            }
            Transactions.afterCommit(() -> metrics.closed(asClosed, sla.target()));
            return store(asClosed, events, true).chain(picks -> late(ahead, watermark).map(more -> {
                List<Pick> all = new ArrayList<>(picks);
                all.addAll(more);
                return all;
            }));
        });
    }

    private Uni<List<Pick>> late(List<IntervalRow> changed, Instant watermark) {
        Instant now = clock.instant();
        List<IntervalEvent> events = new ArrayList<>();
        for (IntervalRow row : changed) {
            events.add(new IntervalUpdated(UUID.randomUUID(), now, sla.scope(), row.queueId(), row.startAt(),
                    row.endAt(), row.lengthMinutes(), row.figures(sla.target()), row.verdict(), watermark));
        }
        return store(changed, events, false);
    }

    /** Stores the verdicts and events; samples the long calls of the MISSED rows (at closing: those it counted). */
    private Uni<List<Pick>> store(List<IntervalRow> rows, List<IntervalEvent> events, boolean closing) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<VerdictRow> verdicts = rows.stream()
                .map(r -> new VerdictRow(r.scopeKey(), r.startAt(), r.level().verdict(sla.target()))).toList();
        List<IntervalRow> missed = rows.stream().filter(r -> r.level().verdict(sla.target()) == Verdict.MISSED)
                .toList();
        return Sql.update(VERDICTS, "rows", Sql.json(verdicts))
                .chain(() -> outbox.addAll(events))
                .chain(() -> closing ? longCalls.atClose(missed) : longCalls.in(missed));
    }

    private Key key(String queueId, Instant start, Instant end) {
        return sla.scope() == Scope.CENTER ? new Key(Scope.CENTER.name(), null, start, end)
                : new Key(queueId == null ? "-" : queueId, queueId, start, end);
    }
}

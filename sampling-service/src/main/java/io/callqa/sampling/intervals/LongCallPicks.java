package io.callqa.sampling.intervals;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.callqa.kit.center.CenterConfig;
import io.callqa.sampling.calls.CallRow;
import io.callqa.sampling.rules.Reason;
import io.callqa.sampling.rules.Rule;
import io.callqa.sampling.rules.RulesConfig;
import io.callqa.sampling.samples.Pick;
import io.callqa.sampling.store.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * SLA_MISS_LONG_CALL (对20秒接通率未达标时段质检通话时长超过200秒的话单): every answered inbound call of a MISSED
 * interval whose talk time is strictly above the threshold, with the interval's figures as evidence.
 */
@ApplicationScoped
public class LongCallPicks {

    /**
     * Per interval one probe of the partial index {@code call_interval}, fenced with {@code offset 0}: as a plain
     * join, planned while {@code call} had no statistics yet, PostgreSQL hashed every answered inbound call instead
     * (≈ 180 ms against ≈ 5 ms per interval in a 300,000-call replay).
     */
    private static final String LONG_CALLS = """
            select to_jsonb(c) as call, k.scope_key, k.start_at
            from json_to_recordset(cast(cast(:keys as text) as json)) as k(scope_key text, queue_id text, start_at timestamptz,
                ended_before timestamptz)
            cross join lateral (
                select * from call c
                where c.interval_start = k.start_at and c.direction = 'INBOUND' and c.outcome = 'ANSWERED'
                  and c.talk_seconds > :minTalk and (k.ended_before is null or c.ended_at < k.ended_before)
                  and (:scope = 'CENTER' or c.queue_id is not distinct from k.queue_id)
                offset 0) c
            order by k.start_at, c.answered_at, c.call_id""";

    private final SlaConfig sla;
    private final int minTalkSeconds;
    private final CenterConfig center;

    public LongCallPicks(SlaConfig sla, RulesConfig rules, CenterConfig center) {
        this.sla = sla;
        this.minTalkSeconds = rules.slaMissLongCall().minTalkSeconds();
        this.center = center;
    }

    record Found(CallRow call, String scopeKey, Instant startAt) {
    }

    record Key(String scopeKey, String queueId, Instant startAt, Instant endedBefore) {
    }

    /** Every long call of the MISSED intervals. */
    Uni<List<Pick>> in(List<IntervalRow> missed) {
        return find(missed, false);
    }

    /** The long calls of intervals MISSED at closing that ended by then (the end plus the allowed lateness). */
    Uni<List<Pick>> atClose(List<IntervalRow> missed) {
        return find(missed, true);
    }

    private Uni<List<Pick>> find(List<IntervalRow> missed, boolean closing) {
        if (missed.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Map<String, IntervalRow> byKey = new HashMap<>();
        missed.forEach(r -> byKey.put(r.scopeKey() + "|" + r.startAt(), r));
        List<Key> keys = missed.stream().map(r -> new Key(r.scopeKey(), r.queueId(), r.startAt(),
                closing ? r.endAt().plus(sla.allowedLateness()) : null)).toList();
        return Sql.rows(LONG_CALLS, Found.class, "keys", Sql.json(keys), "minTalk", minTalkSeconds,
                        "scope", sla.scope().name())
                .map(found -> found.stream().map(f -> {
                    IntervalRow interval = byKey.get(f.scopeKey() + "|" + f.startAt());
                    return new Pick(f.call(), reason(interval, f.call()), eventAt(interval, f.call()));
                }).toList());
    }

    /** The earliest event time the pick can be made at: the interval closed, and the call's record is in. */
    private Instant eventAt(IntervalRow interval, CallRow call) {
        Instant closed = interval.endAt().plus(sla.allowedLateness());
        return call.endedAt() != null && call.endedAt().isAfter(closed) ? call.endedAt() : closed;
    }

    private Reason reason(IntervalRow interval, CallRow call) {
        ServiceLevel level = interval.level();
        String sl = level.value().map(Object::toString).orElse("none");
        String label = interval.interval().label(center.zone());
        return new Reason(Rule.SLA_MISS_LONG_CALL, "talk time " + call.talkSeconds() + " s is over " + minTalkSeconds
                + " s in interval " + label + " (" + interval.scopeKey() + "), which missed: " + level.answeredWithin()
                + " of " + level.offered() + " offered answered within " + sla.thresholdSeconds() + " s = " + sl
                + " < " + sla.target(),
                Map.of("interval", label, "scope", interval.scopeKey(), "start", interval.startAt().toString(),
                        "end", interval.endAt().toString(), "offered", level.offered(),
                        "answeredWithin", level.answeredWithin(), "abandoned", level.abandoned(),
                        "serviceLevel", sl, "target", sla.target().toString()));
    }
}

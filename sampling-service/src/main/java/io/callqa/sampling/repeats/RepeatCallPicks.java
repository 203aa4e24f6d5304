package io.callqa.sampling.repeats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import io.callqa.sampling.calls.CallRow;
import io.callqa.sampling.rules.Reason;
import io.callqa.sampling.rules.Rule;
import io.callqa.sampling.rules.RulesConfig;
import io.callqa.sampling.samples.Pick;
import io.callqa.sampling.store.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * REPEAT_CALL (重复来电): an inbound call, answered or not, from a caller who had an answered inbound call
 * enqueued within the window before it samples that earlier call, whichever of the two records arrives first.
 * Each earlier call is named with the first call back after it.
 */
@ApplicationScoped
public class RepeatCallPicks {

    /**
     * Pairs (earlier E, later L): both inbound from the same caller, E answered and enqueued in [L − window, L),
     * L or E in the batch; each E with its first L by (enqueued_at, call_id) among them (for an E of the batch
     * its first call back; for an older E the first among the batch's calls). Driven by the batch's calls as
     * the indexer just stored them (sent along, not read back): per call one probe of the partial index
     * {@code call_caller_day} (day, caller) for the earlier calls it calls back, and for an answered one a probe
     * with {@code limit 1} for its first call back. As plain joins, the planner (misled by an
     * unanalysed, growing {@code call}) drove from every answered inbound call instead: ≈ 330 ms per batch of
     * 500 at 100,000 calls, ≈ 5 ms now. Every read of {@code call} is a lateral probe fenced with {@code limit 1}
     * or {@code offset 0}, which PostgreSQL cannot flatten into a join: flattened, a plan made while {@code call}
     * had no statistics yet hashed the batch against every inbound call (≈ 80 ms per batch in a 300,000-call
     * replay). Only the named calls are read whole ({@code to_jsonb}). The dates each probe covers fill in
     * {@code %1$s} and {@code %2$s} ({@link #days}).
     */
    private static final String PAIRS = """
            with b as materialized (
                select b.*, b.enqueued_at - cast(:window as integer) * interval '1 second' as window_from,
                       b.enqueued_at + cast(:window as integer) * interval '1 second' as window_to
                from json_to_recordset(cast(cast(:calls as text) as json))
                    as b(call_id text, caller_hash text, enqueued_at timestamptz, outcome text)),
            pairs as (
                select e.call_id as earlier_id, b.call_id as later_id, b.enqueued_at as later_at
                from b cross join lateral (
                    select e.call_id from call e
                    where cast(e.enqueued_at at time zone 'UTC' as date) = any(%1$s)
                      and e.caller_hash = b.caller_hash and e.direction = 'INBOUND' and e.outcome = 'ANSWERED'
                      and e.enqueued_at < b.enqueued_at and e.enqueued_at >= b.window_from
                    offset 0) e
                union all
                select b.call_id, l.call_id, l.enqueued_at
                from b cross join lateral (
                    select l.call_id, l.enqueued_at from call l
                    where cast(l.enqueued_at at time zone 'UTC' as date) = any(%2$s)
                      and l.caller_hash = b.caller_hash and l.direction = 'INBOUND'
                      and l.enqueued_at > b.enqueued_at and l.enqueued_at <= b.window_to
                    order by l.enqueued_at, l.call_id limit 1) l
                where b.outcome = 'ANSWERED'),
            firsts as (
                select distinct on (earlier_id) earlier_id, later_id
                from pairs order by earlier_id, later_at, later_id)
            select e.earlier, l.call_id as later_call_id, l.enqueued_at as later_enqueued_at,
                   l.ended_at as later_ended_at, l.outcome as later_outcome
            from firsts f
            cross join lateral (select to_jsonb(c) as earlier from call c where c.call_id = f.earlier_id limit 1) e
            cross join lateral (select * from call c where c.call_id = f.later_id limit 1) l
            order by f.earlier_id""";

    /**
     * The UTC dates a window of {@code days} dates starting on the date of {@code from} spans, as an array of that
     * many elements: one descent of {@code call_caller_day} each (two for a window of 24 hours). Written out, the
     * array's length is known to the planner; an array built by a subquery counts as ten elements, and while
     * {@code call} had no statistics yet the planner then preferred scanning every answered inbound call.
     */
    private static String days(String from, long days) {
        String first = "cast(" + from + " at time zone 'UTC' as date)";
        return LongStream.range(0, days).mapToObj(i -> i == 0 ? first : first + " + " + i)
                .collect(Collectors.joining(", ", "array[", "]"));
    }

    /**
     * A call already sampled for a repeat caller names the first call back, whatever order the records arrived
     * in: a call back that precedes the one named (by enqueue time, then call id; a replay can index a later one
     * first when its partition runs ahead) takes its place in the reason, its evidence and event time, and in the
     * sample's list of reasons.
     */
    private static final String EARLIER_CALL_BACK = """
            with n as (
                select * from json_to_recordset(cast(cast(:rows as text) as json)) as n(call_id text, detail text,
                    evidence jsonb, event_at timestamptz, later_enqueued_at timestamptz, later_call_id text)),
            changed as (
                update sample_reason r set detail = n.detail, evidence = n.evidence, event_at = n.event_at
                from n
                where r.call_id = n.call_id and r.rule = 'REPEAT_CALL'
                  and (n.later_enqueued_at, n.later_call_id)
                      < (cast(r.evidence ->> 'laterEnqueuedAt' as timestamptz), r.evidence ->> 'laterCallId')
                returning r.call_id, r.detail)
            update sample s set reasons = cast((
                select jsonb_agg(case when e ->> 'rule' = 'REPEAT_CALL'
                                      then jsonb_build_object('rule', 'REPEAT_CALL', 'detail', c.detail) else e end
                                 order by i)
                from jsonb_array_elements(cast(s.reasons as jsonb)) with ordinality as x(e, i)) as text)
            from changed c
            where s.call_id = c.call_id""";

    record CallBack(String callId, String detail, Map<String, Object> evidence, Instant eventAt,
            Instant laterEnqueuedAt, String laterCallId) {
    }

    private final RulesConfig config;
    private final String pairs;

    public RepeatCallPicks(RulesConfig config) {
        this.config = config;
        long days = (config.repeatCall().window().toSeconds() + 86_399) / 86_400 + 1;
        this.pairs = PAIRS.formatted(days("b.window_from", days), days("b.enqueued_at", days));
    }

    record Pair(CallRow earlier, String laterCallId, Instant laterEnqueuedAt, Instant laterEndedAt,
            String laterOutcome) {

        /** The pick needs both records: it is made when the later-ending of the two arrives. */
        Instant eventAt() {
            Instant earlierEnded = earlier.endedAt();
            return earlierEnded == null || laterEndedAt.isAfter(earlierEnded) ? laterEndedAt : earlierEnded;
        }

        Reason reason() {
            return new Reason(Rule.REPEAT_CALL, "the caller called again at " + laterEnqueuedAt + " (call "
                    + laterCallId + ", " + laterOutcome.toLowerCase() + ")",
                    Map.of("laterCallId", laterCallId, "laterEnqueuedAt", laterEnqueuedAt.toString(),
                            "laterEndedAt", laterEndedAt.toString(), "laterOutcome", laterOutcome));
        }
    }

    /** What the pair query needs of a call of the batch (as indexed: the batch's calls are its rows now). */
    record Caller(String callId, String callerHash, Instant enqueuedAt, String outcome) {
    }

    public Uni<List<Pick>> forArrived(List<CallRow> calls) {
        List<Caller> callers = calls.stream()
                .filter(c -> c.inbound() && c.callerHash() != null && c.enqueuedAt() != null)
                .map(c -> new Caller(c.callId(), c.callerHash(), c.enqueuedAt(), c.outcome())).toList();
        if (callers.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Sql.rows(pairs, Pair.class, "calls", Sql.json(callers), "window",
                        (int) config.repeatCall().window().toSeconds())
                .map(RepeatCallPicks::firstCallBack)
                .chain(this::nameTheFirstCallBack);
    }

    private static List<Pair> firstCallBack(List<Pair> pairs) {
        Map<String, Pair> first = new LinkedHashMap<>();
        pairs.forEach(p -> first.putIfAbsent(p.earlier().callId(), p));
        return new ArrayList<>(first.values());
    }

    /** Refines the reasons of calls already picked (the writer adds only the new ones); answers the picks. */
    private Uni<List<Pick>> nameTheFirstCallBack(List<Pair> pairs) {
        List<Pick> picks = pairs.stream().map(p -> new Pick(p.earlier(), p.reason(), p.eventAt())).toList();
        if (pairs.isEmpty()) {
            return Uni.createFrom().item(picks);
        }
        List<CallBack> callBacks = pairs.stream().map(p -> new CallBack(p.earlier().callId(), p.reason().detail(),
                p.reason().evidence(), p.eventAt(), p.laterEnqueuedAt(), p.laterCallId())).toList();
        return Sql.update(EARLIER_CALL_BACK, "rows", Sql.json(callBacks)).replaceWith(picks);
    }
}

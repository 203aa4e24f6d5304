package io.callqa.sampling.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.callqa.kit.persistence.Transactions;
import io.callqa.kit.problem.ProblemException;
import io.callqa.sampling.calls.CallRow;
import io.callqa.sampling.rules.Reason;
import io.callqa.sampling.rules.Rule;
import io.callqa.sampling.store.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Manual picks (人工抽检): a QA lead or evaluator samples a call by hand with the MANUAL rule. The pick goes through
 * {@link SampleWriter} like any rule's, under the {@link SamplingLock}, so the call still gets at most one sample:
 * an unsampled call becomes a sample ({@code SampleSelected}), a sampled one gains the MANUAL reason
 * ({@code SampleUpdated}). A mode or priority the pick asks for is its reason's own, so the sample's plan takes it
 * into account like any rule's (REALTIME if any reason is, the highest priority of its reasons).
 */
@ApplicationScoped
public class ManualPicks {

    private static final String CALL = """
            select c.call_id, c.agent_id, c.team_id, c.queue_id, c.channel, c.direction, c.outcome, c.enqueued_at,
                   c.answered_at, c.ended_at, c.talk_seconds, c.wait_seconds, c.caller_hash, c.recording_uri,
                   c.wrap_up_code, c.recorded_at, c.interval_start, c.interval_end, false as inserted,
                   cast(null as timestamptz) as previous_interval_start, a.hire_date
            from call c left join agent a on a.agent_id = c.agent_id
            where c.call_id = :callId""";

    private final SampleWriter writer;
    private final SamplingLock lock;
    private final SampleQueries queries;

    public ManualPicks(SampleWriter writer, SamplingLock lock, SampleQueries queries) {
        this.writer = writer;
        this.lock = lock;
        this.queries = queries;
    }

    /** What a manual pick did: made the sample, or found it (with the MANUAL reason added unless it had one). */
    public record Outcome(boolean created, SampleDetail sample) {
    }

    /** Picks the call in a transaction of its own; 404 for a call not in the index. */
    public Uni<Outcome> pick(ManualPickRequest request, String by) {
        return Transactions.run(() -> lock.acquire()
                .chain(() -> Sql.rows(CALL, CallRow.class, "callId", request.callId()))
                .chain(calls -> {
                    if (calls.isEmpty()) {
                        throw ProblemException.notFound("no call " + request.callId() + " in the call index");
                    }
                    Pick pick = Pick.outsideEventTime(calls.get(0), reason(request, by));
                    return queries.byCall(request.callId()).chain(before -> writer.write(List.of(pick))
                            .chain(() -> queries.byCall(request.callId()))
                            .map(after -> outcome(request, before, after)));
                }));
    }

    private static Outcome outcome(ManualPickRequest request, Optional<SampleDetail> before,
            Optional<SampleDetail> after) {
        if (after.isEmpty()) {
            throw ProblemException.conflict("call " + request.callId() + " was not sampled: the MANUAL rule is "
                    + "disabled (qa.rules.manual.enabled) or its daily cap for the agent is reached");
        }
        return new Outcome(before.isEmpty(), after.get());
    }

    static Reason reason(ManualPickRequest request, String by) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("note", request.note());
        evidence.put("by", by);
        if (request.mode() != null) {
            evidence.put("mode", request.mode().name());
        }
        if (request.priority() != null) {
            evidence.put("priority", request.priority().name());
        }
        return new Reason(Rule.MANUAL, "picked by hand by " + by + ": " + request.note(), evidence, request.mode(),
                request.priority());
    }
}

package io.callqa.sampling.neighbours;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.callqa.sampling.calls.CallRow;
import io.callqa.sampling.samples.Pick;
import io.callqa.sampling.store.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * NEIGHBOUR picks whose "after" call had not arrived when the problem was found: the agent's first answered call
 * after the anchor among the calls arriving now is picked, and the wait ends.
 */
@ApplicationScoped
public class NeighbourWaits {

    private static final String INSERT = """
            insert into neighbour_wait (origin_call_id, agent_id, anchor_answered, anchor_call_id, depth,
                                        evaluation_id, created_at)
            values (:origin, :agent, :anchorAnswered, :anchorCall, :depth, :evaluation, now())
            on conflict do nothing""";

    /**
     * Driven by the batch's answered calls (one {@code neighbour_wait_agent} probe each). While no wait exists
     * (a replay, most of the time) nothing else runs: the uncorrelated {@code exists} is a one-time filter that
     * PostgreSQL evaluates before the joins, in the statement's own snapshot, so every instance sees the waits
     * as they are, at no extra round trip.
     */
    private static final String MATCH = """
            with matched as (
                select distinct on (w.origin_call_id, w.depth) w.origin_call_id, w.depth, w.evaluation_id,
                       to_jsonb(c) as call
                from json_array_elements_text(cast(cast(:ids as text) as json)) as b(call_id)
                join call c on c.call_id = b.call_id and c.outcome = 'ANSWERED'
                join neighbour_wait w on w.agent_id = c.agent_id
                           and (c.answered_at, c.call_id) > (w.anchor_answered, w.anchor_call_id)
                where exists (select 1 from neighbour_wait)
                order by w.origin_call_id, w.depth, c.answered_at, c.call_id),
            done as (
                delete from neighbour_wait w using matched m
                where w.origin_call_id = m.origin_call_id and w.depth = m.depth)
            select * from matched""";

    record Matched(String originCallId, int depth, UUID evaluationId, CallRow call) {
    }

    /** Waits for the first answered call of the agent after the anchor. */
    Uni<Void> await(Chain chain, String agentId, Instant anchorAnswered, String anchorCallId) {
        return Sql.update(INSERT, "origin", chain.originCallId(), "agent", agentId, "anchorAnswered", anchorAnswered,
                "anchorCall", anchorCallId, "depth", chain.depth(), "evaluation", chain.evaluationId()).replaceWithVoid();
    }

    public Uni<List<Pick>> forArrived(List<CallRow> calls) {
        List<String> ids = calls.stream().filter(CallRow::answered).map(CallRow::callId).toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Sql.rows(MATCH, Matched.class, "ids", Sql.json(ids)).map(matched -> matched.stream()
                .map(m -> new Pick(m.call(), new Chain(m.originCallId(), m.evaluationId(), Side.AFTER, m.depth())
                        .reason()))
                .toList());
    }

}

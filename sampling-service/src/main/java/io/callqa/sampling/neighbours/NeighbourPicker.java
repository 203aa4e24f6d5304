package io.callqa.sampling.neighbours;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.callqa.events.EvaluationReleased;
import io.callqa.sampling.calls.CallRow;
import io.callqa.sampling.rules.RulesConfig;
import io.callqa.sampling.samples.Pick;
import io.callqa.sampling.store.Sql;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * NEIGHBOUR: when an evaluation finds a problem, the same agent's answered calls just before and after the
 * evaluated call (by {@code answeredAt}, then {@code callId}); when the evaluated call was itself a neighbour, the
 * chain goes one further outwards on its side, up to {@code qa.rules.neighbour.max-depth} calls from the origin.
 */
@ApplicationScoped
public class NeighbourPicker {

    private static final String ANCHOR = "select * from call where call_id = :id";

    private static final String CHAIN = """
            select evidence from sample_reason where call_id = :id and rule = 'NEIGHBOUR'""";

    private static final String BEFORE = """
            select * from call where agent_id = :agent and outcome = 'ANSWERED'
              and (answered_at, call_id) < (cast(:answered as timestamptz), :id)
            order by answered_at desc, call_id desc limit 1""";

    private static final String AFTER = """
            select * from call where agent_id = :agent and outcome = 'ANSWERED'
              and (answered_at, call_id) > (cast(:answered as timestamptz), :id)
            order by answered_at, call_id limit 1""";

    private final NeighbourWaits waits;
    private final int maxDepth;

    public NeighbourPicker(NeighbourWaits waits, RulesConfig config) {
        this.waits = waits;
        this.maxDepth = config.neighbour().maxDepth();
    }

    record Evidence(Map<String, Object> evidence) {
    }

    /** The neighbours to pick for a released evaluation that found a problem. */
    public Uni<List<Pick>> picks(EvaluationReleased evaluation) {
        return Sql.rows(ANCHOR, CallRow.class, "id", evaluation.callId()).chain(anchors -> anchors.isEmpty()
                ? Uni.createFrom().item(List.<Pick>of())
                : steps(evaluation).chain(steps -> pick(anchors.get(0), steps)));
    }

    private Uni<List<Chain>> steps(EvaluationReleased evaluation) {
        return Sql.rows(CHAIN, Evidence.class, "id", evaluation.callId()).map(found -> found.isEmpty()
                ? List.of(new Chain(evaluation.callId(), evaluation.evaluationId(), Side.BEFORE, 1),
                        new Chain(evaluation.callId(), evaluation.evaluationId(), Side.AFTER, 1))
                : Chain.of(found.get(0).evidence()).next(evaluation.evaluationId(), maxDepth).stream().toList());
    }

    private Uni<List<Pick>> pick(CallRow anchor, List<Chain> steps) {
        List<Pick> picks = new ArrayList<>();
        if (anchor.answeredAt() == null || anchor.agentId() == null) {
            return Uni.createFrom().item(picks);
        }
        return Multi.createFrom().iterable(steps)
                .onItem().transformToUniAndConcatenate(step -> neighbour(anchor, step).invoke(picks::addAll))
                .collect().last().replaceWith(picks);
    }

    private Uni<List<Pick>> neighbour(CallRow anchor, Chain step) {
        String sql = step.side() == Side.BEFORE ? BEFORE : AFTER;
        return Sql.rows(sql, CallRow.class, "agent", anchor.agentId(), "answered", anchor.answeredAt(),
                "id", anchor.callId()).chain(found -> {
                    if (!found.isEmpty()) {
                        return Uni.createFrom().item(List.of(Pick.outsideEventTime(found.get(0), step.reason())));
                    }
                    return step.side() == Side.AFTER
                            ? waits.await(step, anchor.agentId(), anchor.answeredAt(), anchor.callId())
                                    .replaceWith(List.<Pick>of())
                            : Uni.createFrom().item(List.<Pick>of());
                });
    }
}

package io.callqa.reporting.appeals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.callqa.events.AppealDecided;
import io.callqa.events.AppealFiled;
import io.callqa.events.AppealUnderReview;
import io.callqa.reporting.projection.DayAggregates;
import io.callqa.reporting.projection.NativeSql;
import io.smallrye.mutiny.Uni;

/**
 * {@code appeal_fact}: an appeal's filing (qa.feedback.v1), review and decision (qa.evaluations.v1) merged by
 * appeal id, whichever topic is read first. Its day is the day it was filed (the decision's day until the filing
 * is known).
 */
public final class AppealFacts {

    private static final String MERGE = """
            insert into appeal_fact as a (appeal_id, evaluation_id, evaluation_version, agent_id, team_id, filed_at,
                                          under_review_at, decided_at, decision, decided_by, day)
            select r.appeal_id, r.evaluation_id, r.evaluation_version, r.agent_id, r.team_id, r.filed_at,
                   r.under_review_at, r.decided_at, r.decision, r.decided_by, r.day
            from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))
                 as r(appeal_id uuid, evaluation_id uuid,
                 evaluation_version integer, agent_id text, team_id text, filed_at timestamptz,
                 under_review_at timestamptz, decided_at timestamptz, decision text, decided_by text, day date)
            on conflict (appeal_id) do update set
                evaluation_version = coalesce(a.evaluation_version, excluded.evaluation_version),
                agent_id = coalesce(a.agent_id, excluded.agent_id), team_id = coalesce(a.team_id, excluded.team_id),
                filed_at = coalesce(excluded.filed_at, a.filed_at),
                under_review_at = coalesce(a.under_review_at, excluded.under_review_at),
                decided_at = coalesce(excluded.decided_at, a.decided_at),
                decision = coalesce(excluded.decision, a.decision),
                decided_by = coalesce(excluded.decided_by, a.decided_by),
                day = case when excluded.filed_at is not null then excluded.day else coalesce(a.day, excluded.day) end""";

    private AppealFacts() {
    }

    public static Uni<Integer> filed(AppealFiled e, ZoneId zone) {
        Instant filed = e.filedAt() != null ? e.filedAt() : e.occurredAt();
        return merge(e.appealId(), e.evaluationId(), e.evaluationVersion(), e.agentId(), e.teamId(), zone,
                Map.of("filedAt", filed), filed);
    }

    public static Uni<Integer> underReview(AppealUnderReview e, ZoneId zone) {
        return merge(e.appealId(), e.evaluationId(), null, e.agentId(), e.teamId(), zone,
                Map.of("underReviewAt", e.occurredAt()), e.occurredAt());
    }

    public static Uni<Integer> decided(AppealDecided e, ZoneId zone) {
        Instant decided = e.decidedAt() != null ? e.decidedAt() : e.occurredAt();
        Map<String, Object> decision = new HashMap<>();
        decision.put("decidedAt", decided);
        decision.put("decision", e.decision().name());
        decision.put("decidedBy", e.decidedBy());
        return merge(e.appealId(), e.evaluationId(), e.evaluationVersion(), e.agentId(), e.teamId(), zone, decision,
                decided);
    }

    /**
     * After a batch's appeals: recomputes the day aggregates of the appealed evaluations' days, which count the
     * appeals per evaluator ({@code evaluator_day.appeals}), whichever of an appeal and its evaluation came first.
     */
    public static Uni<Void> counted(Collection<UUID> evaluationIds) {
        if (evaluationIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return DayAggregates.evaluationDays(evaluationIds.stream().map(UUID::toString).distinct()
                .collect(Collectors.joining(","))).chain(DayAggregates::refreshEvaluations);
    }

    private static Uni<Integer> merge(UUID appealId, UUID evaluationId, Integer version, String agentId,
            String teamId, ZoneId zone, Map<String, Object> stage, Instant at) {
        Map<String, Object> row = NativeSql.row("appeal_id", appealId, "evaluation_id", evaluationId,
                "evaluation_version", version, "agent_id", agentId, "team_id", teamId,
                "filed_at", stage.get("filedAt"), "under_review_at", stage.get("underReviewAt"),
                "decided_at", stage.get("decidedAt"), "decision", stage.get("decision"),
                "decided_by", stage.get("decidedBy"), "day", LocalDate.ofInstant(at, zone));
        return NativeSql.update(MERGE, Map.of("rows", NativeSql.json(List.of(row))));
    }
}

package io.callqa.reporting.feedback;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.callqa.events.AppealFiled;
import io.callqa.events.CoachingCompleted;
import io.callqa.events.ExcellentRecordingApproved;
import io.callqa.events.FeedbackEvent;
import io.callqa.events.Topics;
import io.callqa.kit.center.CenterConfig;
import io.callqa.reporting.appeals.AppealFacts;
import io.callqa.reporting.projection.NativeSql;
import io.callqa.reporting.projection.Projection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code qa.feedback.v1} → appeals filed, coaching plans completed, excellent recordings approved. */
@ApplicationScoped
public class FeedbackProjection implements Projection<FeedbackEvent> {

    private static final String COACHING = """
            insert into coaching_fact (plan_id, agent_id, team_id, weak_items, goal_kind, completed_by, completed_at,
                                       day)
            select r.plan_id, r.agent_id, r.team_id, array(select jsonb_array_elements_text(r.weak_items)),
                   r.goal_kind, r.completed_by, r.completed_at, r.day
            from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))
                 as r(plan_id uuid, agent_id text, team_id text,
                 weak_items jsonb, goal_kind text, completed_by text, completed_at timestamptz, day date)
            on conflict (plan_id) do nothing""";

    private static final String EXCELLENT = """
            insert into excellent_recording_fact (recording_id, evaluation_id, evaluation_version, call_id, agent_id,
                                                  team_id, items, queue_id, wrap_up_code, recording_uri, total_score,
                                                  bonus_points, approved_by, approved_at, day)
            select r.recording_id, r.evaluation_id, r.evaluation_version, r.call_id, r.agent_id, r.team_id,
                   array(select jsonb_array_elements_text(r.items)), r.queue_id, r.wrap_up_code, r.recording_uri,
                   r.total_score, r.bonus_points, r.approved_by, r.approved_at, r.day
            from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))
                 as r(recording_id uuid, evaluation_id uuid,
                 evaluation_version integer, call_id text, agent_id text, team_id text, items jsonb, queue_id text,
                 wrap_up_code text, recording_uri text, total_score numeric, bonus_points integer, approved_by text,
                 approved_at timestamptz, day date)
            on conflict (recording_id) do nothing""";

    private final CenterConfig center;

    public FeedbackProjection(CenterConfig center) {
        this.center = center;
    }

    @Override
    public String topic() {
        return Topics.FEEDBACK;
    }

    @Override
    public Class<FeedbackEvent> family() {
        return FeedbackEvent.class;
    }

    @Override
    public String name() {
        return "report-feedback";
    }

    @Override
    public Uni<Void> apply(List<FeedbackEvent> events) {
        ZoneId zone = center.zone();
        List<Map<String, Object>> coaching = new ArrayList<>();
        List<Map<String, Object>> excellent = new ArrayList<>();
        List<AppealFiled> appeals = new ArrayList<>();
        for (FeedbackEvent event : events) {
            if (event instanceof AppealFiled a) {
                appeals.add(a);
            } else if (event instanceof CoachingCompleted c) {
                coaching.add(NativeSql.row("plan_id", c.planId(), "agent_id", c.agentId(), "team_id", c.teamId(),
                        "weak_items", c.weakItems(), "goal_kind", c.goalKind() == null ? null : c.goalKind().name(),
                        "completed_by", c.completedBy(), "completed_at", c.completedAt(),
                        "day", LocalDate.ofInstant(c.completedAt(), zone)));
            } else {
                ExcellentRecordingApproved x = (ExcellentRecordingApproved) event;
                excellent.add(NativeSql.row("recording_id", x.recordingId(), "evaluation_id", x.evaluationId(),
                        "evaluation_version", x.evaluationVersion(), "call_id", x.callId(), "agent_id", x.agentId(),
                        "team_id", x.teamId(), "items", x.items(), "queue_id", x.queueId(),
                        "wrap_up_code", x.wrapUpCode(), "recording_uri", x.recordingUri(),
                        "total_score", x.totalScore(), "bonus_points", x.bonusPoints(), "approved_by", x.approvedBy(),
                        "approved_at", x.approvedAt(), "day", LocalDate.ofInstant(x.approvedAt(), zone)));
            }
        }
        return insert(COACHING, coaching).chain(() -> insert(EXCELLENT, excellent))
                .chain(() -> Multi.createFrom().iterable(appeals)
                        .onItem().transformToUniAndConcatenate(a -> AppealFacts.filed(a, zone)).collect().last())
                .chain(() -> AppealFacts.counted(appeals.stream().map(AppealFiled::evaluationId).toList()));
    }

    private static Uni<Integer> insert(String sql, List<Map<String, Object>> rows) {
        return rows.isEmpty() ? Uni.createFrom().item(0) : NativeSql.update(sql, Map.of("rows", NativeSql.json(rows)));
    }
}

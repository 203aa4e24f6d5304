package io.callqa.feedback.coaching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.callqa.events.CoachingCompleted.GoalKind;
import io.callqa.kit.persistence.StringListColumn;
import io.callqa.kit.persistence.UuidListColumn;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A coaching plan (帮扶计划) for one agent. The JSON lists (evidence, weak items, tasks, history, re-checks) are
 * replaced as a whole on every change; {@code lockVersion} guards edits made from a stale read.
 */
@Entity
@Table(name = "coaching_plan")
public class CoachingPlan extends PanacheEntityBase {

    @Id
    @Column(name = "plan_id")
    public UUID planId;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "team_id")
    public String teamId;
    public String trigger;
    @Column(name = "trigger_key")
    public String triggerKey;
    @Convert(converter = UuidListColumn.class)
    public List<UUID> evidence = new ArrayList<>();
    @Convert(converter = StringListColumn.class)
    @Column(name = "weak_items")
    public List<String> weakItems = new ArrayList<>();
    @Column(name = "goal_kind")
    public String goalKind;
    @Column(name = "recheck_count")
    public int recheckCount;
    @Column(name = "goal_average")
    public BigDecimal goalAverage;
    @Column(name = "due_at")
    public Instant dueAt;
    @Convert(converter = JsonColumns.Tasks.class)
    public List<PlanTask> tasks = new ArrayList<>();
    @Column(name = "coach_id")
    public String coachId;
    @Column(name = "coach_role")
    public String coachRole;
    public String state;
    @Convert(converter = JsonColumns.Transitions.class)
    public List<Transition> history = new ArrayList<>();
    @Convert(converter = JsonColumns.Rechecks.class)
    public List<Recheck> rechecks = new ArrayList<>();
    @Column(name = "escalated_from")
    public UUID escalatedFrom;
    @Column(name = "close_reason")
    public String closeReason;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Version
    @Column(name = "lock_version")
    public int lockVersion;

    /** A new OPEN plan with the default tasks of its weak items. */
    static CoachingPlan open(String agentId, String teamId, Trigger trigger, List<String> weakItems, Goal goal,
            Instant dueAt, CoachRole coachRole, String coachId, String by, Instant now) {
        CoachingPlan plan = new CoachingPlan();
        plan.planId = UUID.randomUUID();
        plan.agentId = agentId;
        plan.teamId = teamId;
        plan.trigger = trigger.name();
        plan.weakItems = List.copyOf(weakItems);
        plan.goal(goal);
        plan.dueAt = dueAt;
        plan.tasks = PlanTask.defaults(weakItems);
        plan.coachRole = coachRole.name();
        plan.coachId = coachId;
        plan.state = PlanState.OPEN.name();
        plan.createdAt = now;
        plan.createdBy = by;
        plan.history = List.of(new Transition(null, PlanState.OPEN.name(), by, now, "created: " + trigger));
        return plan;
    }

    public PlanState state() {
        return PlanState.valueOf(state);
    }

    public Goal goal() {
        return new Goal(GoalKind.valueOf(goalKind), recheckCount, goalAverage);
    }

    void goal(Goal goal) {
        goalKind = goal.kind().name();
        recheckCount = goal.recheckCount();
        goalAverage = goal.kind() == GoalKind.AVERAGE_AT_LEAST ? goal.average() : null;
    }

    /** Moves to {@code to}, recording who and when. */
    void moveTo(PlanState to, String by, Instant at, String note) {
        history = append(history, new Transition(state, to.name(), by, at, note));
        state = to.name();
    }

    /** Records a change that keeps the state (an edit, items added by a trigger). */
    void note(String by, Instant at, String note) {
        history = append(history, new Transition(state, state, by, at, note));
    }

    /** Adds weak items (with their default tasks) and the evaluations behind them. */
    void addItems(List<String> items, List<UUID> moreEvidence) {
        weakItems = append(weakItems, items);
        tasks = append(tasks, PlanTask.defaults(items));
        addEvidence(moreEvidence);
    }

    void addEvidence(List<UUID> moreEvidence) {
        List<UUID> all = new ArrayList<>(evidence);
        moreEvidence.stream().filter(id -> !all.contains(id)).forEach(all::add);
        evidence = List.copyOf(all);
    }

    boolean covers(String itemId) {
        return weakItems.contains(itemId);
    }

    private static <T> List<T> append(List<T> list, T added) {
        return append(list, List.of(added));
    }

    private static <T> List<T> append(List<T> list, List<T> added) {
        List<T> out = new ArrayList<>(list);
        out.addAll(added);
        return List.copyOf(out);
    }
}

package io.callqa.feedback.coaching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.callqa.events.CoachingCompleted.GoalKind;
import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;

/** The meaning of a plan's fields as a lead sends them (400 naming the field), and applying an edit. */
final class PlanEdits {

    private PlanEdits() {
    }

    static void checkItems(List<String> items) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i))) {
                throw ProblemException.invalid("weakItems[" + i + "]", "item " + items.get(i) + " is named twice");
            }
        }
    }

    /** The goal from its parts: AVERAGE_AT_LEAST needs an average, NO_DEDUCTION (the default) takes none. */
    static Goal goal(GoalKind kind, int recheckCount, BigDecimal current, BigDecimal sent) {
        GoalKind k = kind != null ? kind : GoalKind.NO_DEDUCTION;
        if (k == GoalKind.NO_DEDUCTION) {
            if (sent != null) {
                throw ProblemException.invalid("goalAverage", "is only for goalKind AVERAGE_AT_LEAST");
            }
            return Goal.noDeduction(recheckCount);
        }
        BigDecimal average = sent != null ? sent : current;
        if (average == null) {
            throw ProblemException.invalid("goalAverage", "is required for goalKind AVERAGE_AT_LEAST");
        }
        return Goal.averageAtLeast(recheckCount, average.setScale(1, java.math.RoundingMode.HALF_UP));
    }

    static Instant checkDue(Instant dueAt, Instant now) {
        if (!dueAt.isAfter(now)) {
            throw ProblemException.invalid("dueAt", "must be in the future, not " + dueAt);
        }
        return dueAt;
    }

    /** Applies {@code edit} to {@code plan}, recording it in the history. */
    static void apply(CoachingPlan plan, PlanEdit edit, String by, Instant now) {
        List<String> changed = new ArrayList<>();
        if (edit.weakItems() != null) {
            checkItems(edit.weakItems());
            List<String> items = List.copyOf(edit.weakItems());
            List<PlanTask> kept = plan.tasks.stream().filter(t -> items.contains(t.itemId())).toList();
            List<PlanTask> tasks = new ArrayList<>(kept);
            tasks.addAll(PlanTask.defaults(items.stream().filter(i -> !plan.weakItems.contains(i)).toList()));
            plan.weakItems = items;
            plan.tasks = List.copyOf(tasks);
            changed.add("weakItems");
        }
        if (edit.goalKind() != null || edit.recheckCount() != null || edit.goalAverage() != null) {
            GoalKind kind = edit.goalKind() != null ? edit.goalKind() : plan.goal().kind();
            plan.goal(goal(kind, edit.recheckCount() != null ? edit.recheckCount() : plan.recheckCount,
                    plan.goalAverage, edit.goalAverage()));
            changed.add("goal");
        }
        if (edit.dueAt() != null) {
            plan.dueAt = checkDue(edit.dueAt(), now);
            changed.add("dueAt");
        }
        if (edit.coachRole() != null || edit.coachId() != null) {
            plan.coachRole = edit.coachRole() != null ? edit.coachRole().name() : plan.coachRole;
            plan.coachId = edit.coachId();
            changed.add("coach");
        }
        if (edit.tasks() != null) {
            plan.tasks = tasks(plan, edit.tasks());
            changed.add("tasks");
        }
        if (!changed.isEmpty()) {
            plan.note(by, now, "edited: " + String.join(", ", changed));
        }
    }

    private static List<PlanTask> tasks(CoachingPlan plan, List<PlanEdit.TaskEdit> edits) {
        Map<UUID, PlanTask> known = plan.tasks.stream().collect(Collectors.toMap(PlanTask::taskId, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<PlanTask> tasks = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            PlanEdit.TaskEdit e = edits.get(i);
            if (!plan.weakItems.contains(e.itemId())) {
                errors.add(new FieldError("tasks[" + i + "].itemId", "item " + e.itemId() + " is not a weak item of "
                        + "the plan " + plan.weakItems));
            } else if (e.taskId() != null && !known.containsKey(e.taskId())) {
                errors.add(new FieldError("tasks[" + i + "].taskId", "the plan has no task " + e.taskId()));
            } else if (e.taskId() != null && !seen.add(e.taskId())) {
                errors.add(new FieldError("tasks[" + i + "].taskId", "task " + e.taskId() + " is listed twice"));
            } else {
                tasks.add(e.taskId() == null ? PlanTask.of(e.itemId(), e.kind(), e.description())
                        : known.get(e.taskId()).edited(e.itemId(), e.kind(), e.description()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return List.copyOf(tasks);
    }
}

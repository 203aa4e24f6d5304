package io.callqa.feedback.coaching;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;

import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.kit.scores.ScoreAverage;

/**
 * The three automatic triggers of a coaching plan, judged for one evaluation against the agent's history as it was
 * when that evaluation was released (so that a replay decides the same):
 * <ol>
 * <li>a critical failure (red line) → a plan on the failed items, goal NO_DEDUCTION;</li>
 * <li>the agent's average of the month (center zone) under the pass mark after at least {@code minEvaluations}
 * evaluations → a plan on the month's most-deducted items, goal AVERAGE_AT_LEAST {@code goalAverage};</li>
 * <li>an item deducted {@code repeatCount} times within {@code repeatWindow} → a plan on that item, goal
 * NO_DEDUCTION. Deductions already cited as evidence of a plan on that item do not count again, so one run of
 * deductions raises one plan.</li>
 * </ol>
 * Plain Java: the bean around it loads the history and the plans.
 */
public final class TriggerRules {

    /** The thresholds, from {@link CoachingConfig}. */
    public record Thresholds(BigDecimal passMark, int minEvaluations, BigDecimal goalAverage, int weakItems,
            int repeatCount, Duration repeatWindow, int recheckCount, ZoneId zone) {
    }

    private final Thresholds t;

    public TriggerRules(Thresholds thresholds) {
        this.t = thresholds;
    }

    /**
     * What {@code current} triggers, judged on what was known at {@code asOf} (its release, or its revision's).
     * {@code history}: the agent's evaluations (newest versions, see {@link Scored#latest}), including
     * {@code current}; {@code cited}: whether an evaluation is already evidence of a plan of the agent on an item.
     */
    public List<Detection> detect(Scored current, List<Scored> history, BiPredicate<String, UUID> cited,
            Instant asOf) {
        Instant cut = asOf.isAfter(current.placedAt()) ? asOf : current.placedAt();
        List<Scored> known = history.stream().filter(s -> !s.placedAt().isAfter(cut)).toList();
        List<Detection> found = new ArrayList<>();
        criticalFailure(current).ifPresent(found::add);
        lowMonthlyAverage(current, known).ifPresent(found::add);
        found.addAll(repeatedDeductions(current, known, cited));
        return found;
    }

    Optional<Detection> criticalFailure(Scored current) {
        if (!current.criticalFailed()) {
            return Optional.empty();
        }
        List<String> items = current.failedItems().isEmpty() ? current.deductedItems() : current.failedItems();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Detection(Trigger.CRITICAL_FAILURE,
                Trigger.CRITICAL_FAILURE + ":" + current.evaluationId(), List.of(current.evaluationId()), items,
                Goal.noDeduction(t.recheckCount())));
    }

    Optional<Detection> lowMonthlyAverage(Scored current, List<Scored> known) {
        YearMonth month = monthOf(current.placedAt());
        List<Scored> inMonth = known.stream().filter(s -> monthOf(s.placedAt()).equals(month)).toList();
        BigDecimal average = ScoreAverage.of(inMonth.stream().map(Scored::totalScore).toList());
        if (inMonth.size() < t.minEvaluations() || average.compareTo(t.passMark()) >= 0) {
            return Optional.empty();
        }
        List<String> items = mostDeducted(inMonth, t.weakItems());
        if (items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Detection(Trigger.LOW_MONTHLY_AVERAGE,
                Trigger.LOW_MONTHLY_AVERAGE + ":" + current.agentId() + ":" + month,
                inMonth.stream().map(Scored::evaluationId).toList(), items,
                Goal.averageAtLeast(t.recheckCount(), t.goalAverage())));
    }

    List<Detection> repeatedDeductions(Scored current, List<Scored> known, BiPredicate<String, UUID> cited) {
        Instant from = current.placedAt().minus(t.repeatWindow());
        Instant to = current.placedAt();
        List<Detection> found = new ArrayList<>();
        for (String item : current.deductedItems()) {
            List<UUID> evidence = known.stream()
                    .filter(s -> s.placedAt().isAfter(from) && !s.placedAt().isAfter(to) && s.deducts(item))
                    .map(Scored::evaluationId)
                    .filter(id -> !cited.test(item, id))
                    .toList();
            if (evidence.size() >= t.repeatCount() && evidence.contains(current.evaluationId())) {
                found.add(new Detection(Trigger.REPEATED_DEDUCTION,
                        Trigger.REPEATED_DEDUCTION + ":" + current.evaluationId() + ":" + item, evidence,
                        List.of(item), Goal.noDeduction(t.recheckCount())));
            }
        }
        return found;
    }

    /**
     * The items deducted most often in {@code evaluations} (then by points lost, then by id), at most
     * {@code limit}.
     */
    static List<String> mostDeducted(List<Scored> evaluations, int limit) {
        Map<String, int[]> tally = new LinkedHashMap<>();
        for (Scored s : evaluations) {
            for (ItemResult i : s.items()) {
                if (Scored.isDeducted(i)) {
                    int[] counts = tally.computeIfAbsent(i.itemId(), k -> new int[2]);
                    counts[0]++;
                    counts[1] += i.pointsLost();
                }
            }
        }
        return tally.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
                        .thenComparingInt(e -> -e.getValue()[1])
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    YearMonth monthOf(Instant at) {
        return YearMonth.from(at.atZone(t.zone()));
    }
}

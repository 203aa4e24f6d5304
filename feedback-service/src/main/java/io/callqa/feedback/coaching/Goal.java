package io.callqa.feedback.coaching;

import java.math.BigDecimal;
import java.util.List;

import io.callqa.events.CoachingCompleted.GoalKind;
import io.callqa.kit.scores.ScoreAverage;

/**
 * What the re-check must show: NO_DEDUCTION (none of the weak items loses points in {@code recheckCount}
 * re-check evaluations) or AVERAGE_AT_LEAST (their average total reaches {@code average}).
 */
public record Goal(GoalKind kind, int recheckCount, BigDecimal average) {

    public static Goal noDeduction(int recheckCount) {
        return new Goal(GoalKind.NO_DEDUCTION, recheckCount, null);
    }

    public static Goal averageAtLeast(int recheckCount, BigDecimal average) {
        return new Goal(GoalKind.AVERAGE_AT_LEAST, recheckCount, average);
    }

    /** Has the plan's re-check been carried out, i.e. are there enough re-check evaluations to decide? */
    public boolean decidable(List<Recheck> rechecks) {
        return rechecks.size() >= recheckCount;
    }

    /** Met by the first {@code recheckCount} re-check evaluations (oldest first)? */
    public boolean metBy(List<Recheck> rechecks) {
        List<Recheck> counted = rechecks.stream().limit(recheckCount).toList();
        return switch (kind) {
            case NO_DEDUCTION -> counted.stream().allMatch(r -> r.lostItems().isEmpty());
            case AVERAGE_AT_LEAST -> {
                BigDecimal mean = ScoreAverage.of(counted.stream().map(Recheck::totalScore).toList());
                yield mean != null && mean.compareTo(average) >= 0;
            }
        };
    }
}

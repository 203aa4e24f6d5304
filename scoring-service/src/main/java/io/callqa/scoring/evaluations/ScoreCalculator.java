package io.callqa.scoring.evaluations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;
import io.callqa.scoring.scorecards.ItemKind;
import io.callqa.scoring.scorecards.Scorecard;
import io.callqa.scoring.scorecards.Scorecard.Item;

/**
 * Scores a scorecard: total = 100 × Σawarded ÷ Σpossible over the items not N/A, one decimal, half up; 0 when a
 * critical item failed. {@link #check} names every problem of the verdicts first.
 */
public final class ScoreCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScoreCalculator() {
    }

    /** Every way the verdicts do not fit the scorecard, each naming its field; empty when they can be scored. */
    public static List<FieldError> check(Scorecard card, List<ItemScore> scores) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = checkEach(card, scores, errors);
        card.items().stream().filter(item -> !seen.contains(item.id())).forEach(item -> errors.add(
                new FieldError("items", "item " + item.id() + " (" + item.labelEn() + ") is not scored")));
        if (errors.isEmpty() && possible(card, scores) == 0) {
            errors.add(new FieldError("items", "at least one item with points must be scored, not all N/A"));
        }
        return errors;
    }

    /**
     * Checks verdicts that change some items of a complete scoring ({@code items[i]} names the i-th change), then
     * the scoring they make together; answers the merged verdicts, in the scorecard's order.
     */
    public static List<ItemScore> merge(Scorecard card, List<ItemScore> current, List<ItemScore> changes) {
        List<FieldError> errors = new ArrayList<>();
        checkEach(card, changes, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Map<String, ItemScore> byItem = new LinkedHashMap<>();
        current.forEach(s -> byItem.put(s.itemId(), s));
        changes.forEach(s -> byItem.put(s.itemId(), s));
        List<ItemScore> merged = card.items().stream().map(i -> byItem.get(i.id())).filter(s -> s != null).toList();
        List<FieldError> together = check(card, merged);
        if (!together.isEmpty()) {
            throw ProblemException.invalid(together);
        }
        return merged;
    }

    private static Set<String> checkEach(Scorecard card, List<ItemScore> scores, List<FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scores.size(); i++) {
            ItemScore score = scores.get(i);
            String at = "items[" + i + "]";
            if (score == null || score.itemId() == null) {
                errors.add(new FieldError(at + ".itemId", "is required"));
            } else if (card.item(score.itemId()).isEmpty()) {
                errors.add(new FieldError(at + ".itemId", "unknown item '" + score.itemId() + "' in scorecard "
                        + card.id() + " v" + card.version()));
            } else if (!seen.add(score.itemId())) {
                errors.add(new FieldError(at + ".itemId", "item " + score.itemId() + " is scored twice"));
            } else {
                ItemChecks.check(card.item(score.itemId()).orElseThrow(), score, at, errors);
            }
        }
        return seen;
    }

    /** Scores verdicts that passed {@link #check}. */
    public static Scoring score(Scorecard card, List<ItemScore> scores) {
        Map<String, ItemScore> byItem = scores.stream().collect(Collectors.toMap(ItemScore::itemId, Function.identity()));
        List<ItemResult> results = card.items().stream().map(item -> result(card, item, byItem.get(item.id()))).toList();
        boolean criticalFailed = results.stream().anyMatch(ItemResult::failed);
        int awarded = results.stream().filter(r -> !r.na()).mapToInt(ItemResult::awarded).sum();
        int possible = results.stream().filter(r -> !r.na()).mapToInt(ItemResult::maxPoints).sum();
        BigDecimal total = criticalFailed ? BigDecimal.ZERO.setScale(1)
                : HUNDRED.multiply(BigDecimal.valueOf(awarded)).divide(BigDecimal.valueOf(possible), 1, RoundingMode.HALF_UP);
        return new Scoring(total, criticalFailed, results);
    }

    private static ItemResult result(Scorecard card, Item item, ItemScore score) {
        String section = card.sectionOf(item.id());
        if (score.na()) {
            return new ItemResult(item.id(), section, item.kind().name(), item.maxPoints(), null, true, false, null,
                    score.comment(), score.quote(), labels(card, item, null));
        }
        boolean failed = item.kind() == ItemKind.CRITICAL && !score.passed();
        int awarded = ItemChecks.awarded(item, score);
        boolean lost = failed || awarded < item.maxPoints();
        String reason = lost ? score.reason() : null;
        return new ItemResult(item.id(), section, item.kind().name(), item.maxPoints(), awarded, false, failed,
                reason, score.comment(), score.quote(), labels(card, item, reason));
    }

    /** The card's words for the item, its section and the reason, carried on the event for feedback and reports. */
    private static EvaluationReleased.Labels labels(Scorecard card, Item item, String reasonCode) {
        Scorecard.Section section = card.sections().stream()
                .filter(s -> s.items().stream().anyMatch(i -> i.id().equals(item.id()))).findFirst().orElseThrow();
        EvaluationReleased.Text reason = item.reasons().stream().filter(r -> r.code().equals(reasonCode)).findFirst()
                .map(r -> new EvaluationReleased.Text(r.labelZh(), r.labelEn())).orElse(null);
        return new EvaluationReleased.Labels(new EvaluationReleased.Text(item.labelZh(), item.labelEn()),
                new EvaluationReleased.Text(section.labelZh(), section.labelEn()), reason);
    }

    private static int possible(Scorecard card, List<ItemScore> scores) {
        return scores.stream().filter(s -> !s.na()).mapToInt(s -> card.item(s.itemId()).orElseThrow().maxPoints()).sum();
    }
}

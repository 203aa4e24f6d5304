package io.callqa.feedback.items;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.events.EvaluationReleased.Labels;
import io.callqa.events.EvaluationReleased.Text;

/**
 * Writes an evaluation as feedback in the sandwich order (三明治反馈法): strength → improvement → encouragement.
 * The strength is the section with the highest share of its points earned; each improvement is a deducted item
 * with the moment quoted from the call and the standard it missed; then the evaluator's comment and a closing line.
 * Plain Java: the wording is tested without Quarkus. Labels come with the items (the scorecard's words); an item
 * published without them is named by its id and reason code.
 */
public final class SandwichFeedback {

    /** The feedback in one language, in parts and as one text. */
    public record Written(String language, String strength, List<String> improvements, String comment,
            String encouragement, String text) {
    }

    private SandwichFeedback() {
    }

    public static Written write(FeedbackLanguage language, List<ItemResult> items, String comment,
            BigDecimal totalScore, boolean criticalFailed) {
        Templates t = Templates.of(language);
        String strength = strongestSection(items).map(s -> t.strength(s.label(language), s.earned, s.possible))
                .orElse(t.noStrength());
        List<String> improvements = items.stream().filter(i -> i.failed() || i.pointsLost() > 0)
                .map(i -> t.improvement(i, language)).toList();
        String encouragement = t.encouragement(totalScore, criticalFailed, improvements.isEmpty());
        String evaluatorComment = comment == null || comment.isBlank() ? null : t.comment(comment.strip());

        List<String> parts = new ArrayList<>();
        parts.add(strength);
        parts.addAll(improvements.isEmpty() ? List.of(t.noImprovement()) : improvements);
        if (evaluatorComment != null) {
            parts.add(evaluatorComment);
        }
        parts.add(encouragement);
        return new Written(language.tag(), strength, improvements, evaluatorComment, encouragement,
                String.join("\n", parts));
    }

    /** One section's points earned of those possible (N/A and red-line items count for nothing). */
    record SectionScore(String id, Text words, int earned, int possible) {

        String label(FeedbackLanguage language) {
            return words == null ? id : language.pick(words);
        }

        /** Earned share compared without rounding: earned/possible > other.earned/other.possible. */
        boolean betterThan(SectionScore other) {
            long mine = (long) earned * other.possible;
            long theirs = (long) other.earned * possible;
            return mine != theirs ? mine > theirs : possible > other.possible;
        }
    }

    /** The section with the highest share of its points earned; the first on the card wins a tie of equal size. */
    static Optional<SectionScore> strongestSection(List<ItemResult> items) {
        Map<String, SectionScore> sections = new LinkedHashMap<>();
        for (ItemResult item : items) {
            if (item.na() || item.maxPoints() == 0 || item.awarded() == null) {
                continue;
            }
            Text words = Optional.ofNullable(item.labels()).map(Labels::section).orElse(null);
            sections.merge(item.sectionId(), new SectionScore(item.sectionId(), words, item.awarded(), item.maxPoints()),
                    (a, b) -> new SectionScore(a.id, a.words != null ? a.words : b.words, a.earned + b.earned,
                            a.possible + b.possible));
        }
        SectionScore best = null;
        for (SectionScore s : sections.values()) {
            if (s.earned > 0 && (best == null || s.betterThan(best))) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }
}

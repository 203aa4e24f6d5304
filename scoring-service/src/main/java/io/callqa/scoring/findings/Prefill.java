package io.callqa.scoring.findings;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.callqa.events.EvaluationReleased.Quote;
import io.callqa.scoring.evaluations.ItemScore;
import io.callqa.scoring.scorecards.ItemKind;
import io.callqa.scoring.scorecards.Scorecard;

/**
 * The verdicts an evaluator starts from: full marks, then every accepted finding applied to its item. A red line
 * with an accepted finding fails; a DEDUCTION item loses the findings' points (never below 0, rounded down to the
 * item's step). The first finding of an item gives its reason and quoted moment; the comment lists every rule.
 */
public final class Prefill {

    private Prefill() {
    }

    public static List<ItemScore> of(Scorecard card, List<TranscriptFinding> findings) {
        Map<String, List<TranscriptFinding>> byItem = findings.stream().filter(TranscriptFinding::isAccepted)
                .filter(f -> card.item(f.itemId).map(i -> i.hasReason(f.reason)).orElse(false))
                .collect(Collectors.groupingBy(f -> f.itemId));
        return card.items().stream().map(item -> verdict(item, byItem.getOrDefault(item.id(), List.of()))).toList();
    }

    private static ItemScore verdict(Scorecard.Item item, List<TranscriptFinding> accepted) {
        boolean critical = item.kind() == ItemKind.CRITICAL;
        if (accepted.isEmpty()) {
            return new ItemScore(item.id(), critical ? null : item.maxPoints(), critical ? true : null, false, null);
        }
        TranscriptFinding first = accepted.get(0);
        String comment = accepted.stream().map(f -> f.rule + " @" + seconds(f.offsetMs)).collect(Collectors.joining("; "));
        Quote quote = new Quote(first.offsetMs, first.quote);
        if (critical) {
            return new ItemScore(item.id(), null, false, false, first.reason, comment, quote);
        }
        int lost = accepted.stream().mapToInt(f -> f.deduction).sum();
        int awarded = Math.max(0, item.maxPoints() - lost) / item.step() * item.step();
        return new ItemScore(item.id(), awarded, null, false, awarded < item.maxPoints() ? first.reason : null,
                comment, quote);
    }

    private static String seconds(long offsetMs) {
        return String.format("%d:%02d", offsetMs / 60_000, offsetMs / 1000 % 60);
    }
}

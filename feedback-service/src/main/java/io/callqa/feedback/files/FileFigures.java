package io.callqa.feedback.files;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.events.EvaluationReleased.Labels;
import io.callqa.events.EvaluationReleased.Text;
import io.callqa.kit.scores.ScoreAverage;

/**
 * The figures of an agent's QA file, from the newest version of each evaluation: averages per month and quarter
 * (in the center's zone), the most-deducted items (weaknesses) and the sections with the highest share of their
 * points earned (strengths). Plain Java.
 */
public final class FileFigures {

    /** Evaluations, average and problems found in one month ({@code 2026-11}) or quarter ({@code 2026-Q4}). */
    public record Period(String period, int evaluations, BigDecimal averageScore, long problemsFound) {
    }

    /** An item that lost points: how often, how many points, how many red-line failures, when last. */
    public record Weakness(String itemId, String sectionId, Text label, int timesDeducted, int pointsLost,
            int redLineFailures, Instant lastDeductedAt) {
    }

    /** A section's points earned of those possible over every evaluation, and the share (three places). */
    public record Strength(String sectionId, Text label, int earned, int possible, BigDecimal share) {
    }

    private FileFigures() {
    }

    public static List<Period> months(List<FileEntry> latest, ZoneId zone) {
        return periods(latest, e -> YearMonth.from(e.releasedAt.atZone(zone)).toString());
    }

    public static List<Period> quarters(List<FileEntry> latest, ZoneId zone) {
        return periods(latest, e -> {
            YearMonth month = YearMonth.from(e.releasedAt.atZone(zone));
            return month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
        });
    }

    /** Newest period first. */
    private static List<Period> periods(List<FileEntry> latest, Function<FileEntry, String> periodOf) {
        Map<String, List<FileEntry>> byPeriod = new TreeMap<>(Comparator.reverseOrder());
        latest.forEach(e -> byPeriod.computeIfAbsent(periodOf.apply(e), p -> new ArrayList<>()).add(e));
        return byPeriod.entrySet().stream().map(p -> new Period(p.getKey(), p.getValue().size(),
                ScoreAverage.of(p.getValue().stream().map(e -> e.totalScore).toList()),
                p.getValue().stream().filter(e -> e.problemFound).count())).toList();
    }

    /** Items by times deducted, then points lost, most first; at most {@code limit}. */
    public static List<Weakness> weaknesses(List<FileEntry> latest, int limit) {
        Map<String, Weakness> byItem = new LinkedHashMap<>();
        for (FileEntry e : latest) {
            for (ItemResult item : e.items) {
                if (item.pointsLost() > 0 || item.failed()) {
                    Weakness one = new Weakness(item.itemId(), item.sectionId(), label(item, Labels::item), 1,
                            item.pointsLost(), item.failed() ? 1 : 0, e.releasedAt);
                    byItem.merge(item.itemId(), one, FileFigures::add);
                }
            }
        }
        return byItem.values().stream()
                .sorted(Comparator.comparingInt(Weakness::timesDeducted).reversed()
                        .thenComparing(Comparator.comparingInt(Weakness::pointsLost).reversed()))
                .limit(limit).toList();
    }

    /** Sections by the share of their points earned, best first; at most {@code limit}. */
    public static List<Strength> strengths(List<FileEntry> latest, int limit) {
        Map<String, int[]> points = new LinkedHashMap<>();
        Map<String, Text> labels = new LinkedHashMap<>();
        for (FileEntry e : latest) {
            for (ItemResult item : e.items) {
                if (item.na() || item.awarded() == null || item.maxPoints() == 0) {
                    continue;
                }
                int[] p = points.computeIfAbsent(item.sectionId(), s -> new int[2]);
                p[0] += item.awarded();
                p[1] += item.maxPoints();
                Text label = label(item, Labels::section);
                if (label != null) {
                    labels.putIfAbsent(item.sectionId(), label);
                }
            }
        }
        return points.entrySet().stream()
                .map(s -> new Strength(s.getKey(), labels.get(s.getKey()), s.getValue()[0], s.getValue()[1],
                        BigDecimal.valueOf(s.getValue()[0]).divide(BigDecimal.valueOf(s.getValue()[1]), 3,
                                RoundingMode.HALF_UP)))
                .sorted(Comparator.comparing(Strength::share).reversed())
                .limit(limit).toList();
    }

    private static Weakness add(Weakness a, Weakness b) {
        Instant last = a.lastDeductedAt.isAfter(b.lastDeductedAt) ? a.lastDeductedAt : b.lastDeductedAt;
        return new Weakness(a.itemId, a.sectionId, a.label != null ? a.label : b.label,
                a.timesDeducted + b.timesDeducted, a.pointsLost + b.pointsLost, a.redLineFailures + b.redLineFailures,
                last);
    }

    private static Text label(ItemResult item, Function<Labels, Text> which) {
        return item.labels() == null ? null : which.apply(item.labels());
    }
}

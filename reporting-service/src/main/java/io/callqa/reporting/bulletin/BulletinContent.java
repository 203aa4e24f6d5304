package io.callqa.reporting.bulletin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.callqa.kit.scores.ScoreAverage;
import io.callqa.reporting.bulletin.Bulletin.AgentDeductions;
import io.callqa.reporting.bulletin.Bulletin.Example;
import io.callqa.reporting.bulletin.Bulletin.Handling;
import io.callqa.reporting.bulletin.Bulletin.Problem;
import io.callqa.reporting.bulletin.WeekFacts.AgentRow;
import io.callqa.reporting.bulletin.WeekFacts.EvaluationRow;
import io.callqa.reporting.bulletin.WeekFacts.ItemRow;
import io.callqa.reporting.periods.Period;

/**
 * Builds a bulletin from a week's facts. The rules:
 * <ul>
 * <li>the problems heard are the {@code topItems} items deducted in the most evaluations (an evaluation that lost
 * points on the item or failed it as a red line), ties broken by points lost, then item id;</li>
 * <li>each lists up to {@code examples} quotes (the largest deductions first, each quote once), masked again with
 * {@link Masks}, and up to {@code comments} of the evaluators' comments on the item, de-duplicated, masked;</li>
 * <li>the item's label is its Chinese label, else its English one, else its id;</li>
 * <li>the deductions per agent list every agent who lost points or failed a red line in the week, most points lost
 * first, with the items they lost points on (most points first); name and team from the roster, else the team of
 * their newest evaluation of the week.</li>
 * </ul>
 */
public final class BulletinContent {

    private BulletinContent() {
    }

    public record Limits(int topItems, int examples, int comments) {
    }

    public static Bulletin of(Period week, WeekFacts facts, Limits limits) {
        List<EvaluationRow> evaluations = facts.evaluations();
        return new Bulletin(week.label(), week.start(), week.last(), evaluations.size(),
                ScoreAverage.of(evaluations.stream().map(EvaluationRow::totalScore).toList()),
                (int) evaluations.stream().filter(EvaluationRow::criticalFailed).count(),
                problems(facts.items(), limits), deductions(facts), facts.excellent());
    }

    static List<Problem> problems(List<ItemRow> items, Limits limits) {
        Map<String, List<ItemRow>> byItem = items.stream()
                .collect(Collectors.groupingBy(ItemRow::itemId, LinkedHashMap::new, Collectors.toList()));
        List<List<ItemRow>> ranked = byItem.values().stream()
                .sorted(Comparator.<List<ItemRow>>comparingInt(rows -> -evaluationsOf(rows))
                        .thenComparingLong(rows -> -pointsOf(rows))
                        .thenComparing(rows -> rows.get(0).itemId()))
                .limit(limits.topItems()).toList();
        List<Problem> problems = new ArrayList<>();
        for (List<ItemRow> rows : ranked) {
            problems.add(problem(problems.size() + 1, rows, limits));
        }
        return problems;
    }

    private static Problem problem(int rank, List<ItemRow> rows, Limits limits) {
        ItemRow first = rows.get(0);
        List<ItemRow> largestFirst = rows.stream()
                .sorted(Comparator.comparingInt(ItemRow::pointsLost).reversed()
                        .thenComparing(ItemRow::evaluationId)).toList();
        return new Problem(rank, first.itemId(), label(first), first.itemZh(), first.itemEn(),
                first.sectionZh() != null ? first.sectionZh() : first.sectionEn(), evaluationsOf(rows),
                pointsOf(rows), (int) rows.stream().filter(ItemRow::failed).map(ItemRow::evaluationId).distinct().count(),
                examples(largestFirst, limits.examples()),
                new Handling(first.itemZh(), first.itemEn(), comments(largestFirst, limits.comments())));
    }

    private static List<Example> examples(List<ItemRow> rows, int limit) {
        Set<String> seen = new LinkedHashSet<>();
        List<Example> examples = new ArrayList<>();
        for (ItemRow r : rows) {
            String quote = Masks.mask(r.quoteText() == null ? null : r.quoteText().strip());
            if (quote != null && !quote.isEmpty() && examples.size() < limit && seen.add(quote)) {
                examples.add(new Example(quote, Masks.atOffset(r.quoteOffsetMs()), r.quoteOffsetMs(), r.agentId()));
            }
        }
        return examples;
    }

    private static List<String> comments(List<ItemRow> rows, int limit) {
        return rows.stream().map(ItemRow::comment).filter(c -> c != null && !c.isBlank())
                .map(c -> Masks.mask(c.strip())).distinct().limit(limit).toList();
    }

    static List<AgentDeductions> deductions(WeekFacts facts) {
        Map<String, List<EvaluationRow>> byAgent = facts.evaluations().stream()
                .collect(Collectors.groupingBy(EvaluationRow::agentId, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<ItemRow>> itemsByAgent = facts.items().stream()
                .collect(Collectors.groupingBy(ItemRow::agentId));
        List<AgentDeductions> rows = new ArrayList<>();
        byAgent.forEach((agentId, evaluations) -> {
            List<ItemRow> items = itemsByAgent.getOrDefault(agentId, List.of());
            int critical = (int) evaluations.stream().filter(EvaluationRow::criticalFailed).count();
            long points = pointsOf(items);
            if (points > 0 || critical > 0) {
                AgentRow roster = facts.agents().get(agentId);
                String team = roster != null && roster.teamId() != null ? roster.teamId()
                        : evaluations.get(evaluations.size() - 1).teamId();
                rows.add(new AgentDeductions(agentId, roster == null ? null : roster.name(), team, evaluations.size(),
                        points, critical, itemLabels(items)));
            }
        });
        rows.sort(Comparator.comparingLong(AgentDeductions::pointsLost).reversed()
                .thenComparing(Comparator.comparingInt(AgentDeductions::criticalFailures).reversed())
                .thenComparing(AgentDeductions::agentId));
        return rows;
    }

    private static List<String> itemLabels(List<ItemRow> items) {
        Map<String, Long> points = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (ItemRow r : items) {
            points.merge(r.itemId(), (long) r.pointsLost(), Long::sum);
            labels.putIfAbsent(r.itemId(), label(r));
        }
        return points.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> labels.get(e.getKey())).toList();
    }

    static String label(ItemRow r) {
        return r.itemZh() != null ? r.itemZh() : r.itemEn() != null ? r.itemEn() : r.itemId();
    }

    private static int evaluationsOf(List<ItemRow> rows) {
        return (int) rows.stream().map(ItemRow::evaluationId).distinct().count();
    }

    private static long pointsOf(List<ItemRow> rows) {
        return rows.stream().mapToLong(ItemRow::pointsLost).sum();
    }
}

package io.callqa.reporting.evaluations;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.Set;
import java.util.stream.Collectors;

import io.callqa.events.EvaluationReleased;
import io.callqa.kit.persistence.Transactions;
import io.callqa.reporting.projection.DayAggregates;
import io.callqa.reporting.projection.NativeSql;
import io.callqa.reporting.projection.Replay;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code evaluation_fact} and {@code evaluation_item_fact}: each released version of an evaluation once (a first
 * release or a revision), with the items it lost points on or failed. Afterwards, of each evaluation touched, only
 * the newest version is {@code latest}, and every version counts on the day of the first release: a revision
 * after an appeal corrects the week it belongs to instead of moving to the week it was decided in. The sample of
 * a stored version gets {@code sample_fact.evaluated_at} lowered to that version's release time (coverage).
 *
 * <p>Once the batch has committed, first releases are counted in {@code qa.evaluations.released} and
 * {@code qa.evaluation.score} (tagged by team); not again when a rebuild replays them.
 */
@ApplicationScoped
public class EvaluationFacts {

    private static final String FACTS = """
            insert into evaluation_fact (evaluation_id, version, agent_id, team_id, total_score, critical_failed,
                                         problem_found, released_at, month, sample_id, call_id, evaluator_id,
                                         scorecard_id, scorecard_version, comment, nominated, day, latest)
            select r.evaluation_id, r.version, r.agent_id, r.team_id, r.total_score, r.critical_failed,
                   r.problem_found, r.released_at, r.month, r.sample_id, r.call_id, r.evaluator_id, r.scorecard_id,
                   r.scorecard_version, r.comment, r.nominated, r.day, false
            from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))
                 as r(evaluation_id uuid, version integer, agent_id text,
                 team_id text, total_score numeric, critical_failed boolean, problem_found boolean,
                 released_at timestamptz, month text, sample_id uuid, call_id text, evaluator_id text,
                 scorecard_id text, scorecard_version integer, comment text, nominated boolean, day date)
            on conflict (evaluation_id, version) do nothing
            returning cast(evaluation_id as text) || '/' || version""";

    private static final String ITEMS = """
            insert into evaluation_item_fact (evaluation_id, version, item_id, section_id, kind, max_points, awarded,
                                              points_lost, failed, reason, comment, quote_offset_ms, quote_text,
                                              item_zh, item_en, section_zh, section_en, reason_zh, reason_en,
                                              agent_id, team_id, day, latest)
            select r.evaluation_id, r.version, r.item_id, r.section_id, r.kind, r.max_points, r.awarded,
                   r.points_lost, r.failed, r.reason, r.comment, r.quote_offset_ms, r.quote_text, r.item_zh, r.item_en,
                   r.section_zh, r.section_en, r.reason_zh, r.reason_en, r.agent_id, r.team_id, r.day, false
            from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))
                 as r(evaluation_id uuid, version integer, item_id text,
                 section_id text, kind text, max_points integer, awarded integer, points_lost integer,
                 failed boolean, reason text, comment text, quote_offset_ms bigint, quote_text text, item_zh text,
                 item_en text, section_zh text, section_en text, reason_zh text, reason_en text, agent_id text,
                 team_id text, day date)
            on conflict (evaluation_id, version, item_id) do nothing""";

    /** The first release of an evaluation of each sample, whichever version (or sample) was stored first. */
    private static final String EVALUATED = """
            update sample_fact s set evaluated_at = least(coalesce(s.evaluated_at, r.released_at), r.released_at)
            from (select sample_id, min(released_at) as released_at
                  from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))
                       as x(sample_id uuid, released_at timestamptz)
                  group by sample_id) r
            where s.sample_id = r.sample_id
              and (s.evaluated_at is null or s.evaluated_at > r.released_at)""";

    /** Of each evaluation touched: the newest version is latest, and all count on the first release's day. */
    private static final String NEWEST = """
            with v as (
                select evaluation_id, max(version) as newest, (array_agg(day order by version))[1] as first_day
                from evaluation_fact
                where evaluation_id = any(cast(string_to_array(:ids, ',') as uuid[]))
                group by evaluation_id),
            facts as (
                update evaluation_fact f set latest = (f.version = v.newest), day = v.first_day
                from v
                where f.evaluation_id = v.evaluation_id
                  and (f.latest <> (f.version = v.newest) or f.day <> v.first_day))
            update evaluation_item_fact i set latest = (i.version = v.newest), day = v.first_day
            from v
            where i.evaluation_id = v.evaluation_id
              and (i.latest <> (i.version = v.newest) or i.day <> v.first_day)""";

    private final MeterRegistry registry;

    public EvaluationFacts(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param releases  first releases ({@code EvaluationReleased})
     * @param revisions revised versions ({@code EvaluationRevised} as released)
     */
    public Uni<Void> record(List<EvaluationReleased> releases, List<EvaluationReleased> revisions, ZoneId zone) {
        Map<String, EvaluationReleased> versions = new LinkedHashMap<>();
        for (EvaluationReleased e : releases) {
            versions.putIfAbsent(key(e), e);
        }
        for (EvaluationReleased e : revisions) {
            versions.putIfAbsent(key(e), e);
        }
        if (versions.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Map<String, Object>> facts = versions.values().stream().map(e -> fact(e, zone)).toList();
        return NativeSql.strings(FACTS, Map.of("rows", NativeSql.json(facts)))
                .map(Set::copyOf)
                .chain(fresh -> items(versions, fresh, zone).chain(() -> evaluated(versions, fresh))
                        .invoke(() -> countAfterCommit(releases, fresh)))
                .chain(() -> newest(versions.values()));
    }

    /**
     * Marks the newest versions and moves every version to the first release's day, then recomputes the day
     * aggregates of the days the versions counted on before and after, and {@code sample_day} of their samples.
     */
    private static Uni<Void> newest(Collection<EvaluationReleased> versions) {
        String ids = versions.stream().map(e -> e.evaluationId().toString()).distinct()
                .collect(Collectors.joining(","));
        String samples = versions.stream().map(EvaluationReleased::sampleId).filter(Objects::nonNull)
                .map(UUID::toString).distinct().collect(Collectors.joining(","));
        return DayAggregates.evaluationDays(ids).chain(before -> NativeSql.update(NEWEST, Map.of("ids", ids))
                .chain(() -> DayAggregates.evaluationDays(ids))
                .chain(after -> {
                    Set<String> days = new TreeSet<>(before);
                    days.addAll(after);
                    return DayAggregates.refreshEvaluations(days);
                }))
                .chain(() -> DayAggregates.refreshSamples(samples));
    }

    private static Uni<Integer> items(Map<String, EvaluationReleased> versions, Set<String> fresh, ZoneId zone) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String key : fresh) {
            EvaluationReleased e = versions.get(key);
            for (EvaluationReleased.ItemResult item : e.items()) {
                if (item.pointsLost() > 0 || item.failed()) {
                    rows.add(item(e, item, zone));
                }
            }
        }
        return rows.isEmpty() ? Uni.createFrom().item(0)
                : NativeSql.update(ITEMS, Map.of("rows", NativeSql.json(rows)));
    }

    private static Uni<Integer> evaluated(Map<String, EvaluationReleased> versions, Set<String> fresh) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String key : fresh) {
            EvaluationReleased e = versions.get(key);
            if (e.sampleId() != null) {
                rows.add(NativeSql.row("sample_id", e.sampleId(), "released_at", e.releasedAt()));
            }
        }
        return rows.isEmpty() ? Uni.createFrom().item(0)
                : NativeSql.lockEvaluatedAt()
                        .chain(() -> NativeSql.update(EVALUATED, Map.of("rows", NativeSql.json(rows))));
    }

    private void countAfterCommit(List<EvaluationReleased> releases, Set<String> fresh) {
        List<EvaluationReleased> counted = releases.stream().filter(e -> fresh.contains(key(e))).toList();
        if (!counted.isEmpty() && !Replay.active()) {
            Transactions.afterCommit(() -> counted.forEach(this::count));
        }
    }

    private void count(EvaluationReleased e) {
        String team = e.teamId() == null ? "none" : e.teamId();
        registry.counter("qa.evaluations.released", "team", team).increment();
        DistributionSummary.builder("qa.evaluation.score").description("total scores of released evaluations")
                .tag("team", team).register(registry).record(e.totalScore().doubleValue());
    }

    private static String key(EvaluationReleased e) {
        return e.evaluationId() + "/" + e.version();
    }

    private static Map<String, Object> fact(EvaluationReleased e, ZoneId zone) {
        return NativeSql.row("evaluation_id", e.evaluationId(), "version", e.version(), "agent_id", e.agentId(),
                "team_id", e.teamId(), "total_score", e.totalScore(), "critical_failed", e.criticalFailed(),
                "problem_found", e.problemFound(), "released_at", e.releasedAt(),
                "month", YearMonth.from(e.releasedAt().atZone(zone)).toString(), "sample_id", e.sampleId(),
                "call_id", e.callId(), "evaluator_id", e.evaluatorId(), "scorecard_id", e.scorecardId(),
                "scorecard_version", e.scorecardVersion(), "comment", e.comment(),
                "nominated", e.flags() != null && e.flags().nominateExcellent(),
                "day", LocalDate.ofInstant(e.releasedAt(), zone));
    }

    private static Map<String, Object> item(EvaluationReleased e, EvaluationReleased.ItemResult item, ZoneId zone) {
        EvaluationReleased.Labels labels = item.labels();
        return NativeSql.row("evaluation_id", e.evaluationId(), "version", e.version(), "item_id", item.itemId(),
                "section_id", item.sectionId(), "kind", item.kind(), "max_points", item.maxPoints(),
                "awarded", item.awarded(), "points_lost", item.pointsLost(), "failed", item.failed(),
                "reason", item.reason(), "comment", item.comment(),
                "quote_offset_ms", item.quote() == null ? null : item.quote().offsetMs(),
                "quote_text", item.quote() == null ? null : item.quote().text(),
                "item_zh", zh(labels == null ? null : labels.item()), "item_en", en(labels == null ? null : labels.item()),
                "section_zh", zh(labels == null ? null : labels.section()),
                "section_en", en(labels == null ? null : labels.section()),
                "reason_zh", zh(labels == null ? null : labels.reason()),
                "reason_en", en(labels == null ? null : labels.reason()),
                "agent_id", e.agentId(), "team_id", e.teamId(), "day", LocalDate.ofInstant(e.releasedAt(), zone));
    }

    private static String zh(EvaluationReleased.Text text) {
        return text == null ? null : text.zh();
    }

    private static String en(EvaluationReleased.Text text) {
        return text == null ? null : text.en();
    }
}

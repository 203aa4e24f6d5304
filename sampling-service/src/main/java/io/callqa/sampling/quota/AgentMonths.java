package io.callqa.sampling.quota;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.callqa.kit.center.CenterConfig;
import io.callqa.kit.persistence.Transactions;
import io.callqa.sampling.rules.RulesConfig;
import io.callqa.sampling.store.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The {@code agent_month} table: fixes an agent's quota for a month once (from last month's answered calls, last
 * month's released evaluations and the exemption history), reads the quota with its picks as recorded in
 * {@code sample_reason}, and stores the progress. Set-based: one statement per step for all agents of a batch.
 */
@ApplicationScoped
public class AgentMonths {

    /** The quota and progress; the picks are counted from the reasons that took effect. */
    static final String COLUMNS = """
            m.agent_id, m.month, m.volume, m.base, m.average_score, m.evaluations, m.multiplier, m.exempt, m.quota,
                   m.realtime_target, m.posthoc_target, m.calls_so_far,
                   (select count(*) from sample_reason r where r.agent_id = m.agent_id and r.rule = 'RANDOM_REALTIME'
                        and r.call_day >= cast(m.month || '-01' as date)
                        and r.call_day < cast(cast(m.month || '-01' as date) + interval '1 month' as date))
                       as realtime_picks,
                   (select count(*) from sample_reason r where r.agent_id = m.agent_id and r.rule = 'RANDOM_POSTHOC'
                        and r.call_day >= cast(m.month || '-01' as date)
                        and r.call_day < cast(cast(m.month || '-01' as date) + interval '1 month' as date))
                       as posthoc_picks""";

    private static final String READ = """
            with k as (
                select distinct agent_id, month
                from json_to_recordset(cast(cast(:keys as text) as json)) as k(agent_id text, month text))
            select""" + " " + COLUMNS + """

            from agent_month m join k on k.agent_id = m.agent_id and k.month = m.month""";

    private static final String KNOWN_EXEMPTIONS = """
            select agent_id, month, exempt from agent_month
            where agent_id in (select json_array_elements_text(cast(cast(:ids as text) as json)))""";

    private static final String EVALUATION_MONTHS = """
            select e.agent_id, to_char(e.released_at at time zone cast(:zone as text), 'YYYY-MM') as month,
                   count(*) as evaluations, bool_and(e.total_score = 100) as all_perfect,
                   round(avg(e.total_score), 1) as average_score
            from evaluation e
            where e.agent_id in (select json_array_elements_text(cast(cast(:ids as text) as json)))
              and e.released_at < cast(:before as timestamptz)
            group by 1, 2""";

    private static final String VOLUMES = """
            select k.agent_id, k.month,
                   (select count(*) from call c where c.agent_id = k.agent_id and c.outcome = 'ANSWERED'
                        and c.answered_at >= k.previous_from and c.answered_at < k.previous_to) as volume
            from json_to_recordset(cast(cast(:keys as text) as json))
                as k(agent_id text, month text, previous_from timestamptz, previous_to timestamptz)""";

    private static final String INSERT = """
            insert into agent_month (agent_id, month, volume, base, average_score, evaluations, multiplier, exempt,
                                     quota, realtime_target, posthoc_target)
            select r.agent_id, r.month, r.volume, r.base, r.average_score, r.evaluations, r.multiplier, r.exempt,
                   r.quota, r.realtime_target, r.posthoc_target
            from json_to_recordset(cast(cast(:rows as text) as json)) as r(agent_id text, month text, volume bigint,
                base bigint, average_score numeric, evaluations integer, multiplier numeric, exempt boolean,
                quota integer, realtime_target integer, posthoc_target integer)
            on conflict do nothing""";

    private static final String PROGRESS = """
            update agent_month m set calls_so_far = r.calls_so_far, realtime_picks = r.realtime_picks,
                                     posthoc_picks = r.posthoc_picks
            from json_to_recordset(cast(cast(:rows as text) as json)) as r(agent_id text, month text,
                calls_so_far bigint, realtime_picks integer, posthoc_picks integer)
            where m.agent_id = r.agent_id and m.month = r.month""";

    /** An (agent, month) pair. */
    public record Key(String agentId, String month) {
    }

    record KnownExemption(String agentId, String month, boolean exempt) {
    }

    record EvaluationMonth(String agentId, String month, int evaluations, boolean allPerfect,
            BigDecimal averageScore) {
    }

    record VolumeKey(String agentId, String month, Instant previousFrom, Instant previousTo) {
    }

    record Volume(String agentId, String month, long volume) {
    }

    private final QuotaPolicy policy;
    private final ZoneId zone;
    /** Pairs known to be fixed (committed): a quota once fixed never changes, so they need no further look. */
    private final Set<Key> known = ConcurrentHashMap.newKeySet();

    public AgentMonths(RulesConfig config, CenterConfig center) {
        this.policy = new QuotaPolicy(QuotaSettings.from(config.random()));
        this.zone = center.zone();
    }

    /** The quota rows of these pairs, fixing those not fixed yet; keyed by {@link AgentMonth#key}. */
    public Uni<Map<String, AgentMonth>> fixAndRead(Collection<Key> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<Key> distinct = keys.stream().distinct().toList();
        return read(distinct).chain(rows -> {
            List<Key> missing = distinct.stream()
                    .filter(k -> !rows.containsKey(AgentMonth.key(k.agentId(), k.month()))).toList();
            return missing.isEmpty() ? Uni.createFrom().item(rows) : fix(missing).chain(() -> read(distinct));
        });
    }

    /**
     * Fixes the quotas of the pairs not fixed yet. After the first look at a pair (a batch with the agent's first
     * call of the month) its commit makes it known here, so the agent's later batches cost nothing.
     */
    public Uni<Void> ensureFixed(Collection<Key> keys) {
        List<Key> unknown = keys.stream().filter(k -> !known.contains(k)).distinct().toList();
        if (unknown.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Transactions.afterCommitIfInRun(() -> known.addAll(unknown));
        return fixAndRead(unknown).replaceWithVoid();
    }

    /** The quota rows of these pairs that exist; keyed by {@link AgentMonth#key}. */
    public Uni<Map<String, AgentMonth>> read(Collection<Key> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Sql.rows(READ, AgentMonth.class, "keys", Sql.json(keys))
                .map(rows -> rows.stream().collect(Collectors.toMap(AgentMonth::key, r -> r)));
    }

    /** Stores the calls so far and the picks counted after this batch or day. */
    public Uni<Void> progress(Collection<AgentMonth> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Sql.update(PROGRESS, "rows", Sql.json(rows)).replaceWithVoid();
    }

    private Uni<Void> fix(List<Key> missing) {
        List<String> agents = missing.stream().map(Key::agentId).distinct().toList();
        YearMonth latest = missing.stream().map(k -> YearMonth.parse(k.month())).max(YearMonth::compareTo)
                .orElseThrow();
        Instant before = latest.atDay(1).atStartOfDay(zone).toInstant();
        List<VolumeKey> volumeKeys = missing.stream().map(k -> {
            YearMonth previous = YearMonth.parse(k.month()).minusMonths(1);
            return new VolumeKey(k.agentId(), k.month(), previous.atDay(1).atStartOfDay(zone).toInstant(),
                    previous.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        }).toList();
        Uni<List<Volume>> volumes = Sql.rows(VOLUMES, Volume.class, "keys", Sql.json(volumeKeys));
        Uni<List<EvaluationMonth>> evaluations = Sql.rows(EVALUATION_MONTHS, EvaluationMonth.class,
                "zone", zone.getId(), "ids", Sql.json(agents), "before", before);
        Uni<List<KnownExemption>> known = Sql.rows(KNOWN_EXEMPTIONS, KnownExemption.class, "ids", Sql.json(agents));
        return volumes.chain(v -> evaluations.chain(e -> known.map(x -> quotas(missing, v, e, x))))
                .chain(rows -> Sql.update(INSERT, "rows", Sql.json(rows))).replaceWithVoid();
    }

    /** One row of {@code agent_month} as inserted. */
    record NewRow(String agentId, String month, long volume, long base, BigDecimal averageScore, int evaluations,
            BigDecimal multiplier, boolean exempt, int quota, int realtimeTarget, int posthocTarget) {
    }

    private List<NewRow> quotas(List<Key> missing, List<Volume> volumes, List<EvaluationMonth> evaluations,
            List<KnownExemption> known) {
        Map<String, Long> volumeOf = new HashMap<>();
        volumes.forEach(v -> volumeOf.put(AgentMonth.key(v.agentId(), v.month()), v.volume()));
        Map<String, List<EvaluationMonth>> evaluationsOf = evaluations.stream()
                .collect(Collectors.groupingBy(EvaluationMonth::agentId));
        Map<String, Map<YearMonth, Boolean>> knownOf = new HashMap<>();
        known.forEach(k -> knownOf.computeIfAbsent(k.agentId(), a -> new HashMap<>())
                .put(YearMonth.parse(k.month()), k.exempt()));
        List<NewRow> rows = new ArrayList<>();
        for (Key key : missing) {
            YearMonth month = YearMonth.parse(key.month());
            String previous = month.minusMonths(1).toString();
            List<EvaluationMonth> history = evaluationsOf.getOrDefault(key.agentId(), List.of()).stream()
                    .filter(e -> YearMonth.parse(e.month()).isBefore(month)).toList();
            Optional<EvaluationMonth> last = history.stream().filter(e -> e.month().equals(previous)).findFirst();
            Exemption exemption = new Exemption(policy.settings().exemptionMinEvaluations(), history.stream()
                    .map(e -> new Exemption.MonthRecord(YearMonth.parse(e.month()), e.evaluations(), e.allPerfect()))
                    .toList());
            boolean exempt = exemption.exempt(month, knownOf.getOrDefault(key.agentId(), Map.of()));
            long volume = volumeOf.getOrDefault(AgentMonth.key(key.agentId(), key.month()), 0L);
            QuotaPolicy.Quota quota = policy.quotaFor(volume, last.map(EvaluationMonth::averageScore), exempt);
            rows.add(new NewRow(key.agentId(), key.month(), quota.volume(), quota.base(), quota.averageScore(),
                    last.map(EvaluationMonth::evaluations).orElse(0), quota.multiplier(), quota.exempt(),
                    quota.quota(), quota.realtimeTarget(), quota.posthocTarget()));
        }
        return rows;
    }
}

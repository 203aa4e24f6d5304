package io.callqa.sampling.quota;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.callqa.kit.center.CenterConfig;
import io.callqa.sampling.calls.CallRow;
import io.callqa.sampling.intervals.SlaConfig;
import io.callqa.sampling.rules.NewHireRule;
import io.callqa.sampling.rules.RulesConfig;
import io.callqa.sampling.samples.Pick;
import io.callqa.sampling.store.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The monthly RANDOM quota per agent: real-time draws as calls arrive, post-hoc picks when a day is complete.
 * Each agent's quota for a month is fixed in {@code agent_month} at their first answered call of the month. Calls
 * a targeted rule picked on their arrival and a new hire's calls in their window are never random picks.
 * Runs in the caller's transaction, under {@code SamplingLock}.
 */
@ApplicationScoped
public class RandomQuota {

    /** Not a new hire's call: the local day of the answer is outside [hire date, hire date + days − 1]. */
    private static final String NOT_NEW_HIRE = """
            not coalesce(cast(c.answered_at at time zone cast(:zone as text) as date)
                between a.hire_date and a.hire_date + cast(:hireDays as integer) - 1, false)""";

    /**
     * A reason every ordering of the stream has made by the day's completion (event time up to the cutoff, the
     * day's end plus the allowed lateness: the day's last interval closes in the same step), or made outside
     * event time; one made later by a replay running ahead is left out, as a live stream would not have made it
     * yet.
     */
    private static final String REASON_BY_CUTOFF = """
            r.call_id = c.call_id and (r.event_at is null or r.event_at <= cast(:cutoff as timestamptz))""";

    /** The day's answered calls whose records every ordering has delivered by the cutoff, without a sample then. */
    private static final String DAY_CANDIDATES = """
            select c.agent_id, c.call_id
            from call c left join agent a on a.agent_id = c.agent_id
            where c.outcome = 'ANSWERED' and c.agent_id is not null
              and c.answered_at >= cast(:from as timestamptz) and c.answered_at < cast(:to as timestamptz)
              and c.ended_at < cast(:cutoff as timestamptz)
              and not exists (select 1 from sample_reason r where""" + " " + REASON_BY_CUTOFF + """
            )
              and""" + " " + NOT_NEW_HIRE;

    /**
     * The month's answered calls by the cutoff: eligible when unsampled or randomly sampled (not picked by another
     * rule first), candidates when unsampled.
     */
    private static final String MONTH_POOLS = """
            select c.agent_id,
                   count(*) filter (where not exists (select 1 from sample_reason r where""" + " " + REASON_BY_CUTOFF
            + """
                       ) or exists (select 1 from sample_reason r where""" + " " + REASON_BY_CUTOFF + """
                        and r.rule in ('RANDOM_REALTIME', 'RANDOM_POSTHOC'))) as eligible,
                   coalesce(array_agg(c.call_id) filter (where not exists (select 1 from sample_reason r
                       where""" + " " + REASON_BY_CUTOFF + """
            )), cast(array[] as text[])) as candidates
            from call c
            left join agent a on a.agent_id = c.agent_id
            where c.outcome = 'ANSWERED' and c.agent_id is not null
              and c.answered_at >= cast(:from as timestamptz) and c.answered_at < cast(:to as timestamptz)
              and c.ended_at < cast(:cutoff as timestamptz)
              and""" + " " + NOT_NEW_HIRE + """

            group by c.agent_id""";

    private static final String CALLS = """
            select c.*, a.hire_date
            from call c left join agent a on a.agent_id = c.agent_id
            where c.call_id in (select jsonb_array_elements_text(cast(cast(:ids as text) as jsonb)))""";

    private static final String WAIT = """
            insert into realtime_wait (call_id, agent_id, ended_at, new_hire)
            select w.call_id, w.agent_id, w.ended_at, w.new_hire
            from jsonb_to_recordset(cast(cast(:rows as text) as jsonb)) as w(call_id text, agent_id text,
                ended_at timestamptz, new_hire boolean)
            on conflict (call_id) do nothing""";

    /** The waiting calls event time has reached, each with whether a targeted pick by its end took it. */
    private static final String DUE = """
            with due as (
                delete from realtime_wait w where w.ended_at <= cast(:reached as timestamptz)
                returning w.call_id, w.new_hire)
            select to_jsonb(c) as call, d.new_hire,
                   exists (select 1 from sample_reason r where r.call_id = d.call_id
                           and r.rule not in ('RANDOM_REALTIME', 'RANDOM_POSTHOC') and r.event_at <= c.ended_at) as taken
            from due d cross join lateral (select * from call c where c.call_id = d.call_id limit 1) c
            order by c.agent_id, c.ended_at, c.call_id""";

    record Waiting(String callId, String agentId, Instant endedAt, boolean newHire) {
    }

    record Due(CallRow call, boolean newHire, boolean taken) {
    }

    record Candidate(String agentId, String callId) {
    }

    record Pool(String agentId, int eligible, List<String> candidates) {
    }

    private final AgentMonths months;
    private final NewHireRule newHire;
    private final int hireDays;
    private final ZoneId zone;
    private final Duration lateness;

    public RandomQuota(AgentMonths months, RulesConfig config, CenterConfig center, SlaConfig sla) {
        this.months = months;
        this.lateness = sla.allowedLateness();
        this.zone = center.zone();
        this.hireDays = config.newHire().days();
        this.newHire = new NewHireRule(hireDays, zone);
    }

    /**
     * The batch's new answered calls: their agents' quotas are fixed now (at the first call of the month), their
     * RANDOM_REALTIME draws wait in {@code realtime_wait} until event time has reached their end.
     */
    public Uni<Void> arrived(List<CallRow> calls) {
        List<CallRow> fresh = calls.stream()
                .filter(c -> c.inserted() && c.answered() && c.agentId() != null && c.answeredAt() != null
                        && c.endedAt() != null)
                .toList();
        if (fresh.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Waiting> waiting = fresh.stream()
                .map(c -> new Waiting(c.callId(), c.agentId(), c.endedAt(), newHire(c))).toList();
        return months.fixAndRead(keys(fresh)).chain(() -> Sql.update(WAIT, "rows", Sql.json(waiting)))
                .replaceWithVoid();
    }

    /**
     * RANDOM_REALTIME for the waiting calls whose end every partition's event time has reached (the watermark
     * plus the allowed lateness). By then every record that ended before a call has arrived, whatever order the
     * partitions are read in, so a targeted pick made by the call's own end (its event time) takes it out of the
     * draw in a replay exactly as live, and a pick made later never does. Each agent's calls are drawn in the
     * order they ended.
     */
    public Uni<List<Pick>> realtime(Instant watermark) {
        if (watermark == null) {
            return Uni.createFrom().item(List.of());
        }
        return Sql.rows(DUE, Due.class, "reached", watermark.plus(lateness)).chain(due -> {
            if (due.isEmpty()) {
                return Uni.createFrom().item(List.<Pick>of());
            }
            List<CallRow> calls = due.stream().map(Due::call).toList();
            Set<String> blocked = due.stream().filter(d -> d.taken() || d.newHire()).map(d -> d.call().callId())
                    .collect(Collectors.toSet());
            return months.read(keys(calls)).chain(rows -> {
                RealtimePass.Result result = RealtimePass.run(calls, rows, c -> !blocked.contains(c.callId()), zone);
                return months.progress(result.progress()).replaceWith(result.picks());
            });
        });
    }

    private List<AgentMonths.Key> keys(List<CallRow> calls) {
        return calls.stream()
                .map(c -> new AgentMonths.Key(c.agentId(), YearMonth.from(c.answeredAt().atZone(zone)).toString()))
                .distinct().toList();
    }

    /** RANDOM_POSTHOC for a completed day, and the month-end top-up on the month's last day. */
    public Uni<List<Pick>> daily(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        boolean lastDay = day.equals(month.atEndOfMonth());
        Instant cutoff = start(day.plusDays(1)).plus(lateness);
        Uni<List<Candidate>> candidates = Sql.rows(DAY_CANDIDATES, Candidate.class, "from", start(day),
                "to", start(day.plusDays(1)), "cutoff", cutoff, "zone", zone.getId(), "hireDays", hireDays);
        Uni<List<Pool>> pools = !lastDay ? Uni.createFrom().item(List.of())
                : Sql.rows(MONTH_POOLS, Pool.class, "from", start(month.atDay(1)),
                        "to", start(month.plusMonths(1).atDay(1)), "cutoff", cutoff, "zone", zone.getId(),
                        "hireDays", hireDays);
        return candidates.chain(c -> pools.chain(p -> daily(day, month, lastDay, cutoff, c, p)));
    }

    private Uni<List<Pick>> daily(LocalDate day, YearMonth month, boolean lastDay, Instant cutoff,
            List<Candidate> candidates, List<Pool> pools) {
        Map<String, List<String>> byAgent = candidates.stream().collect(Collectors.groupingBy(Candidate::agentId,
                Collectors.mapping(Candidate::callId, Collectors.toList())));
        Map<String, Pool> poolOf = pools.stream().collect(Collectors.toMap(Pool::agentId, Function.identity()));
        Set<String> agents = new TreeSet<>(byAgent.keySet());
        agents.addAll(poolOf.keySet());
        if (agents.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<AgentMonths.Key> keys = agents.stream().map(a -> new AgentMonths.Key(a, month.toString())).toList();
        return months.fixAndRead(keys).chain(rows -> {
            Map<String, PosthocPass.Choice> chosen = new HashMap<>();
            List<String> order = new ArrayList<>();
            List<AgentMonth> progress = new ArrayList<>();
            for (String agent : agents) {
                AgentMonth row = rows.get(AgentMonth.key(agent, month.toString()));
                if (row == null) {
                    continue;
                }
                Pool pool = poolOf.get(agent);
                List<PosthocPass.Choice> choices = PosthocPass.decide(row, day, byAgent.getOrDefault(agent, List.of()),
                        lastDay ? new PosthocPass.MonthPool(pool == null ? 0 : pool.eligible(),
                                pool == null ? List.of() : pool.candidates()) : null);
                choices.forEach(c -> {
                    chosen.put(c.callId(), c);
                    order.add(c.callId());
                });
                progress.add(new AgentMonth(row.agentId(), row.month(), row.volume(), row.base(), row.averageScore(),
                        row.evaluations(), row.multiplier(), row.exempt(), row.quota(), row.realtimeTarget(),
                        row.posthocTarget(), row.realtimePicks(), row.posthocPicks() + choices.size(),
                        row.callsSoFar()));
            }
            Uni<List<Pick>> picks = order.isEmpty() ? Uni.createFrom().item(List.of())
                    : Sql.rows(CALLS, CallRow.class, "ids", Sql.json(order)).map(calls -> {
                        Map<String, CallRow> byId = calls.stream()
                                .collect(Collectors.toMap(CallRow::callId, Function.identity()));
                        return order.stream().filter(byId::containsKey)
                                .map(id -> new Pick(byId.get(id), chosen.get(id).reason(), cutoff)).toList();
                    });
            return picks.call(() -> months.progress(progress));
        });
    }

    private boolean newHire(CallRow call) {
        return newHire.evaluate(call.answered(), call.answeredAt(), call.hireDate()).isPresent();
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}

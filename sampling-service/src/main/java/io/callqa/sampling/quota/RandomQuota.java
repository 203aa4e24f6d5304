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
import java.util.stream.Stream;

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

    /**
     * The answered calls of agents with a quota row for the month ({@code :month}; fixed at each agent's first
     * answered call of the month), answered in [from, to), ended before the cutoff; with the agent's roster row.
     * Read agent by agent from {@code call_agent_answered} (a lateral probe fenced with {@code offset 0}), so the
     * call index needs no index of its own on the answer time.
     */
    private static final String ANSWERED_BY_CUTOFF = """
            from agent_month m
            cross join lateral (
                select c.* from call c
                where c.agent_id = m.agent_id
                  and c.answered_at >= cast(:from as timestamptz) and c.answered_at < cast(:to as timestamptz)
                offset 0) c
            left join agent a on a.agent_id = c.agent_id
            where m.month = :month and c.outcome = 'ANSWERED' and c.ended_at < cast(:cutoff as timestamptz)
              and""" + " " + NOT_NEW_HIRE;

    /** The day's answered calls whose records every ordering has delivered by the cutoff, without a sample then. */
    private static final String DAY_CANDIDATES = """
            select c.agent_id, c.call_id
            """ + ANSWERED_BY_CUTOFF + """

              and not exists (select 1 from sample_reason r where""" + " " + REASON_BY_CUTOFF + ")";

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
            """ + ANSWERED_BY_CUTOFF + """

            group by c.agent_id""";

    private static final String CALLS = """
            select c.*, a.hire_date
            from call c left join agent a on a.agent_id = c.agent_id
            where c.call_id in (select json_array_elements_text(cast(cast(:ids as text) as json)))""";

    private static final String WAIT = """
            insert into realtime_wait (call_id, agent_id, answered_at, ended_at, new_hire)
            select w.call_id, w.agent_id, w.answered_at, w.ended_at, w.new_hire
            from json_to_recordset(cast(cast(:rows as text) as json)) as w(call_id text, agent_id text,
                answered_at timestamptz, ended_at timestamptz, new_hire boolean)""";

    /**
     * Waiting calls whose newer record arrived: they wait with its agent and times, or no longer when it is not an
     * answered call of an agent.
     */
    private static final String RESTATE = """
            with r as (
                select * from json_to_recordset(cast(cast(:rows as text) as json)) as r(call_id text, agent_id text,
                    answered_at timestamptz, ended_at timestamptz, waits boolean)),
            gone as (
                delete from realtime_wait w using r where w.call_id = r.call_id and not r.waits)
            update realtime_wait w set agent_id = r.agent_id, answered_at = r.answered_at, ended_at = r.ended_at
            from r where w.call_id = r.call_id and r.waits""";

    /** The waiting calls event time has reached, each with whether a targeted pick by its end took it. */
    private static final String DUE = """
            with due as (
                delete from realtime_wait w where w.ended_at <= cast(:reached as timestamptz)
                returning w.call_id, w.agent_id, w.answered_at, w.ended_at, w.new_hire)
            select d.call_id, d.agent_id, d.answered_at, d.ended_at, d.new_hire,
                   exists (select 1 from sample_reason r where r.call_id = d.call_id
                           and r.rule not in ('RANDOM_REALTIME', 'RANDOM_POSTHOC') and r.event_at <= d.ended_at) as taken
            from due d
            order by d.agent_id, d.ended_at, d.call_id""";

    record Waiting(String callId, String agentId, Instant answeredAt, Instant endedAt, boolean newHire) {
    }

    record Restated(String callId, String agentId, Instant answeredAt, Instant endedAt, boolean waits) {
    }

    record Due(String callId, String agentId, Instant answeredAt, Instant endedAt, boolean newHire, boolean taken) {

        RealtimePass.Waiting waiting() {
            return new RealtimePass.Waiting(callId, agentId, answeredAt, endedAt);
        }
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
     * The batch's new and changed answered calls: their agents' quotas are fixed now (at the first call of the
     * month; the daily draws find an agent's calls through this row), the new calls' RANDOM_REALTIME draws wait in
     * {@code realtime_wait} until event time has reached their end. A newer record of a waiting call restates it.
     */
    public Uni<Void> arrived(List<CallRow> calls) {
        List<CallRow> fresh = calls.stream().filter(c -> c.inserted() && waits(c)).toList();
        List<Restated> restated = calls.stream().filter(c -> !c.inserted())
                .map(c -> new Restated(c.callId(), c.agentId(), c.answeredAt(), c.endedAt(), waits(c))).toList();
        List<Waiting> waiting = fresh.stream()
                .map(c -> new Waiting(c.callId(), c.agentId(), c.answeredAt(), c.endedAt(), newHire(c))).toList();
        List<AgentMonths.Key> answered = keys(calls.stream().filter(RandomQuota::waits)
                .map(c -> key(c.agentId(), c.answeredAt())));
        Uni<Integer> restate = restated.isEmpty() ? Uni.createFrom().item(0)
                : Sql.update(RESTATE, "rows", Sql.json(restated));
        Uni<Integer> wait = waiting.isEmpty() ? Uni.createFrom().item(0)
                : Sql.update(WAIT, "rows", Sql.json(waiting));
        return months.ensureFixed(answered).chain(() -> restate).chain(() -> wait).replaceWithVoid();
    }

    private static boolean waits(CallRow call) {
        return call.answered() && call.agentId() != null && call.answeredAt() != null && call.endedAt() != null;
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
            List<RealtimePass.Waiting> calls = due.stream().map(Due::waiting).toList();
            Set<String> blocked = due.stream().filter(d -> d.taken() || d.newHire()).map(Due::callId)
                    .collect(Collectors.toSet());
            return months.read(keys(due.stream().map(d -> key(d.agentId(), d.answeredAt())))).chain(rows -> {
                RealtimePass.Result result = RealtimePass.run(calls, rows, c -> !blocked.contains(c.callId()), zone);
                return months.progress(result.progress()).chain(() -> picks(result.picks()));
            });
        });
    }

    /** The drawn calls as picks, read whole from the call index (the draw needed only their times). */
    private Uni<List<Pick>> picks(List<RealtimePass.Drawn> drawn) {
        if (drawn.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return calls(drawn.stream().map(RealtimePass.Drawn::callId).toList()).map(byId -> drawn.stream()
                .filter(d -> byId.containsKey(d.callId()))
                .map(d -> new Pick(byId.get(d.callId()), d.reason())).toList());
    }

    private Uni<Map<String, CallRow>> calls(List<String> ids) {
        return Sql.rows(CALLS, CallRow.class, "ids", Sql.json(ids))
                .map(rows -> rows.stream().collect(Collectors.toMap(CallRow::callId, Function.identity())));
    }

    private AgentMonths.Key key(String agentId, Instant answeredAt) {
        return new AgentMonths.Key(agentId, YearMonth.from(answeredAt.atZone(zone)).toString());
    }

    private static List<AgentMonths.Key> keys(Stream<AgentMonths.Key> keys) {
        return keys.distinct().toList();
    }

    /** RANDOM_POSTHOC for a completed day, and the month-end top-up on the month's last day. */
    public Uni<List<Pick>> daily(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        boolean lastDay = day.equals(month.atEndOfMonth());
        Instant cutoff = start(day.plusDays(1)).plus(lateness);
        Uni<List<Candidate>> candidates = Sql.rows(DAY_CANDIDATES, Candidate.class, "month", month.toString(),
                "from", start(day), "to", start(day.plusDays(1)), "cutoff", cutoff, "zone", zone.getId(),
                "hireDays", hireDays);
        Uni<List<Pool>> pools = !lastDay ? Uni.createFrom().item(List.of())
                : Sql.rows(MONTH_POOLS, Pool.class, "month", month.toString(), "from", start(month.atDay(1)),
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
                    : calls(order).map(byId -> order.stream().filter(byId::containsKey)
                            .map(id -> new Pick(byId.get(id), chosen.get(id).reason(), cutoff)).toList());
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

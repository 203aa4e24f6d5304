package io.callqa.sampling.recheck;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import io.callqa.events.CoachingCompleted;
import io.callqa.kit.center.CenterConfig;
import io.callqa.sampling.calls.CallRow;
import io.callqa.sampling.recheck.RecheckRule.Choice;
import io.callqa.sampling.recheck.RecheckRule.Open;
import io.callqa.sampling.rules.Reason;
import io.callqa.sampling.rules.Rule;
import io.callqa.sampling.rules.RuleBook;
import io.callqa.sampling.rules.RulesConfig;
import io.callqa.sampling.samples.DailyCaps;
import io.callqa.sampling.samples.Pick;
import io.callqa.sampling.store.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * RECHECK picks, in the transaction (and under the sampling lock) of whoever calls: a completed coaching plan
 * opens a re-check ({@code recheck}) and takes the agent's calls the index already holds; the call pipeline gives
 * each open re-check the calls arriving now. {@code remaining} goes down with every pick, and a call serves one
 * re-check at most (its RECHECK reason in {@code sample_reason}), so each of the n picks is made once, whatever
 * is redelivered.
 */
@ApplicationScoped
public class RecheckPicks {

    /** Open re-checks are few (each ends after a handful of the agent's calls): one probe per batch reads them. */
    private static final String OPEN = """
            select plan_id, agent_id, calls, remaining, completed_at from recheck where remaining > 0""";

    private static final String TAKEN = """
            select call_id from sample_reason
            where rule = 'RECHECK'
              and call_id in (select json_array_elements_text(cast(cast(:ids as text) as json)))""";

    private static final String INDEXED = """
            select * from call c
            where c.agent_id = :agent and c.outcome = 'ANSWERED' and c.answered_at >= :from
              and not exists (select 1 from sample_reason r where r.call_id = c.call_id and r.rule = 'RECHECK')
            order by c.answered_at, c.call_id
            limit :limit""";

    private static final String INSERT = """
            insert into recheck (plan_id, agent_id, team_id, calls, remaining, completed_at, opened_at)
            values (:plan, :agent, :team, :calls, :calls, :completedAt, now())
            on conflict (plan_id) do nothing""";

    private static final String TAKE = """
            update recheck r set remaining = r.remaining - t.picks
            from json_to_recordset(cast(cast(:rows as text) as json)) as t(plan_id uuid, picks integer)
            where r.plan_id = t.plan_id""";

    private final RecheckRule rule;
    private final RuleBook book;
    private final DailyCaps caps;
    private final ZoneId zone;

    public RecheckPicks(RulesConfig config, DailyCaps caps, CenterConfig center) {
        this.rule = new RecheckRule(config.recheck().calls());
        this.book = config.book();
        this.caps = caps;
        this.zone = center.zone();
    }

    record CallId(String callId) {
    }

    record Taken(String planId, int picks) {
    }

    /**
     * Opens the re-check of a completed plan, once per plan, and picks the calls already indexed for it. Answers
     * nothing when RECHECK is disabled or the plan's re-check was opened before.
     */
    public Uni<List<Pick>> open(CoachingCompleted completed) {
        if (!book.enabled(Rule.RECHECK)) {
            return Uni.createFrom().item(List.of());
        }
        Open recheck = opened(completed);
        return Sql.update(INSERT, "plan", recheck.planId(), "agent", recheck.agentId(), "team", completed.teamId(),
                        "calls", recheck.calls(), "completedAt", recheck.completedAt())
                .chain(inserted -> inserted == 0 ? Uni.createFrom().item(List.<Pick>of())
                        : Sql.rows(INDEXED, CallRow.class, "agent", recheck.agentId(), "from", recheck.completedAt(),
                                        "limit", book.capPerAgentPerDay(Rule.RECHECK).isPresent() ? Integer.MAX_VALUE
                                                : recheck.calls())
                                .chain(calls -> take(List.of(recheck), calls, Set.of(), Pick::outsideEventTime)));
    }

    /** The picks of the open re-checks among the calls of a batch: one query when none is open. */
    public Uni<List<Pick>> forArrived(List<CallRow> calls) {
        if (!book.enabled(Rule.RECHECK) || calls.stream().noneMatch(CallRow::answered)) {
            return Uni.createFrom().item(List.of());
        }
        return Sql.rows(OPEN, Open.class).chain(open -> {
            List<CallRow> candidates = RecheckRule.candidates(open, calls, Set.of());
            if (candidates.isEmpty()) {
                return Uni.createFrom().item(List.<Pick>of());
            }
            return Sql.rows(TAKEN, CallId.class, "ids", Sql.json(candidates.stream().map(CallRow::callId).toList()))
                    .map(taken -> taken.stream().map(CallId::callId).collect(Collectors.toSet()))
                    .chain(taken -> take(open, candidates, taken, Pick::new));
        });
    }

    /**
     * Chooses the re-checks' calls within RECHECK's daily cap, if one is set (the writer then admits exactly these
     * picks), and counts them against each re-check.
     */
    private Uni<List<Pick>> take(List<Open> open, List<CallRow> calls, Set<String> taken,
            BiFunction<CallRow, Reason, Pick> pick) {
        List<CallRow> candidates = RecheckRule.candidates(open, calls, taken);
        if (candidates.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return budget(candidates, pick).chain(budget -> {
            List<Choice> choices = RecheckRule.choose(open, candidates, taken, budget);
            if (choices.isEmpty()) {
                return Uni.createFrom().item(List.<Pick>of());
            }
            List<Taken> counts = choices.stream().collect(Collectors.groupingBy(c -> c.recheck().planId().toString(),
                    Collectors.counting())).entrySet().stream()
                    .map(e -> new Taken(e.getKey(), e.getValue().intValue())).toList();
            return Sql.update(TAKE, "rows", Sql.json(counts))
                    .replaceWith(choices.stream().map(c -> pick.apply(c.call(), c.reason())).toList());
        });
    }

    /**
     * What the cap allows per agent and local day: as many calls as the cap admits among all the candidates (the
     * cap admits the first ones of each day in order, so any choice of that many is admitted too).
     */
    private Uni<RecheckRule.Budget> budget(List<CallRow> candidates, BiFunction<CallRow, Reason, Pick> pick) {
        if (book.capPerAgentPerDay(Rule.RECHECK).isEmpty()) {
            return Uni.createFrom().item(RecheckRule.Budget.unlimited());
        }
        Reason probe = new Reason(Rule.RECHECK, "cap probe");
        return caps.admit(candidates.stream().map(c -> pick.apply(c, probe)).toList(), book, zone)
                .map(admitted -> {
                    Map<String, Integer> left = new HashMap<>();
                    admitted.forEach(p -> left.merge(dayKey(p.call()), 1, Integer::sum));
                    return call -> left.merge(dayKey(call), -1, Integer::sum) >= 0;
                });
    }

    private String dayKey(CallRow call) {
        return call.agentId() + "|" + call.start().atZone(zone).toLocalDate();
    }

    private Open opened(CoachingCompleted completed) {
        if (completed.planId() == null || completed.agentId() == null || completed.completedAt() == null) {
            throw new IllegalArgumentException("CoachingCompleted " + completed.eventId()
                    + " needs planId, agentId and completedAt");
        }
        int calls = rule.calls(completed.recheckCalls());
        Instant from = completed.completedAt().truncatedTo(ChronoUnit.MICROS);
        return new Open(completed.planId(), completed.agentId(), calls, calls, from);
    }
}

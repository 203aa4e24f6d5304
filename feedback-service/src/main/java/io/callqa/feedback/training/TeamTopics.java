package io.callqa.feedback.training;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.callqa.feedback.coaching.EvaluationHistory;
import io.callqa.feedback.coaching.Scored;
import io.callqa.feedback.roster.Roster;
import io.callqa.kit.center.CenterConfig;
import io.callqa.kit.persistence.Transactions;
import io.callqa.kit.persistence.UuidListColumn;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Raises team training topics from each batch of evaluations: for every team and month (center zone) the batch
 * touches, the month's evaluations of the team are judged ({@link TeamWeakness}) and each new topic is inserted
 * once per team, month and item ({@code on conflict do nothing}, so two instances never fail on it). Counted in
 * {@code qa.feedback.training.topics.raised} after the commit.
 */
@ApplicationScoped
public class TeamTopics {

    private static final String INSERT = """
            insert into training_topic (topic_id, team_id, month, item_id, share, agents, agents_total, deductions,
                evidence, raised_at)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            on conflict (team_id, month, item_id) do nothing""";

    private final EvaluationHistory history;
    private final Roster roster;
    private final TrainingConfig config;
    private final CenterConfig center;
    private final MeterRegistry registry;
    private final Clock clock;

    public TeamTopics(EvaluationHistory history, Roster roster, TrainingConfig config, CenterConfig center,
            MeterRegistry registry, Clock clock) {
        this.roster = roster;
        this.history = history;
        this.config = config;
        this.center = center;
        this.registry = registry;
        this.clock = clock;
    }

    record TeamMonth(String teamId, YearMonth month) {
    }

    public Uni<Void> on(List<Scored> batch) {
        ZoneId zone = center.zone();
        Set<TeamMonth> touched = new LinkedHashSet<>();
        batch.stream().filter(s -> s.teamId() != null)
                .forEach(s -> touched.add(new TeamMonth(s.teamId(), YearMonth.from(s.placedAt().atZone(zone)))));
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (TeamMonth tm : touched) {
            chain = chain.chain(() -> judge(tm, batch));
        }
        return chain;
    }

    private Uni<Void> judge(TeamMonth tm, List<Scored> batch) {
        ZoneId zone = center.zone();
        Instant from = tm.month().atDay(1).atStartOfDay(zone).toInstant();
        Instant to = tm.month().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        return history.ofTeam(tm.teamId(), from, to, batch).chain(evaluations -> roster.team(tm.teamId()).chain(team -> {
            List<Scored> inMonth = evaluations.stream()
                    .filter(s -> !s.placedAt().isBefore(from) && s.placedAt().isBefore(to)).toList();
            Set<String> agents = team.stream().map(a -> a.agentId).collect(Collectors.toSet());
            List<TeamWeakness.Finding> found = TeamWeakness.of(inMonth, agents, config.teamShare(), config.minAgents());
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (TeamWeakness.Finding f : found) {
                chain = chain.chain(() -> insert(tm, f));
            }
            return chain;
        }));
    }

    private Uni<Void> insert(TeamMonth tm, TeamWeakness.Finding f) {
        String evidence = new UuidListColumn().convertToDatabaseColumn(f.evidence());
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                .setParameter(1, UUID.randomUUID()).setParameter(2, tm.teamId()).setParameter(3, tm.month().toString())
                .setParameter(4, f.itemId()).setParameter(5, f.share()).setParameter(6, f.agents())
                .setParameter(7, f.agentsTotal()).setParameter(8, f.deductions()).setParameter(9, evidence)
                .setParameter(10, clock.instant())
                .executeUpdate())
                .invoke(rows -> {
                    if (rows > 0) {
                        Transactions.afterCommit(() -> registry.counter("qa.feedback.training.topics.raised")
                                .increment(rows));
                    }
                })
                .replaceWithVoid();
    }
}

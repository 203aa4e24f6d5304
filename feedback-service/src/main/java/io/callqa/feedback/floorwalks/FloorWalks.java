package io.callqa.feedback.floorwalks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.callqa.feedback.knowledge.KnowledgeGap;
import io.callqa.kit.persistence.Transactions;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.AccessScope;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Records floor walks (one that reveals a knowledge-base gap also opens the gap, in the same transaction) and reads
 * them back, in the caller's session or transaction.
 */
@ApplicationScoped
public class FloorWalks {

    /** Clocks of handheld devices drift: an {@code at} this far ahead of the server is still "now". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final Clock clock;
    private final MeterRegistry registry;

    public FloorWalks(Clock clock, MeterRegistry registry) {
        this.clock = clock;
        this.registry = registry;
    }

    /** The filters of a list query, each optional. */
    public record Filter(String agentId, String teamId, Instant from, Instant to) {
    }

    /** An agent's floor walks, newest first (for the agent's QA file; the caller applies its own scope). */
    public Uni<List<FloorWalkView>> forAgent(String agentId) {
        return FloorWalk.<FloorWalk>list("agentId = ?1 order by walkedAt desc, floorWalkId desc", agentId)
                .map(walks -> walks.stream().map(FloorWalkView::of).toList());
    }

    /** The walks recorded about agents of the team, newest first. */
    public Uni<List<FloorWalkView>> forTeam(String teamId) {
        return FloorWalk.<FloorWalk>list("teamId = ?1 order by walkedAt desc, floorWalkId desc", teamId)
                .map(walks -> walks.stream().map(FloorWalkView::of).toList());
    }

    public Uni<FloorWalk> record(FloorWalkRequest request, String recordedBy) {
        Instant now = clock.instant();
        Instant at = request.at() == null ? now : request.at();
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalid("at", "must not be in the future (now is " + now + ")");
        }
        FloorWalk walk = new FloorWalk();
        walk.floorWalkId = UUID.randomUUID();
        walk.agentId = request.agentId().trim();
        walk.teamId = request.teamId().trim();
        walk.walkedAt = at;
        walk.issue = request.issue().trim();
        walk.answerGiven = trimToNull(request.answerGiven());
        walk.comment = trimToNull(request.comment());
        walk.knowledgeGap = Boolean.TRUE.equals(request.knowledgeGap());
        walk.topic = trimToNull(request.topic());
        walk.recordedBy = recordedBy;
        walk.recordedAt = now;
        Transactions.afterCommit(() -> registry.counter("qa.feedback.floor_walks.recorded").increment());
        Uni<FloorWalk> stored = walk.persist();
        return walk.knowledgeGap ? stored.call(() -> gap(walk).persist()) : stored;
    }

    public Uni<FloorWalkPage> page(AccessScope scope, Filter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        condition(where, params, "agentId = :agentScope", "agentScope", scope.agentFilter());
        condition(where, params, "teamId = :teamScope", "teamScope", scope.teamFilter());
        condition(where, params, "agentId = :agentId", "agentId", filter.agentId());
        condition(where, params, "teamId = :teamId", "teamId", filter.teamId());
        condition(where, params, "walkedAt >= :from", "from", filter.from());
        condition(where, params, "walkedAt < :to", "to", filter.to());
        Sort sort = Sort.descending("walkedAt").and("floorWalkId", Sort.Direction.Descending);
        PanacheQuery<FloorWalk> found = where.isEmpty() ? FloorWalk.findAll(sort)
                : FloorWalk.find(String.join(" and ", where), sort, params);
        return found.page(Page.of(page, size)).list().chain(walks -> found.count().map(total -> new FloorWalkPage(
                walks.stream().map(FloorWalkView::of).toList(), page, size, total)));
    }

    private KnowledgeGap gap(FloorWalk w) {
        Transactions.afterCommit(() -> registry.counter("qa.feedback.knowledge_gaps.recorded",
                "source", KnowledgeGap.Source.FLOOR_WALK.name()).increment());
        return KnowledgeGap.ofFloorWalk(w.floorWalkId, w.agentId, w.teamId, w.walkedAt, w.topic, w.issue,
                w.answerGiven, w.comment);
    }

    private static void condition(List<String> where, Parameters params, String hql, String name, Object value) {
        if (value != null) {
            where.add(hql);
            params.and(name, value);
        }
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

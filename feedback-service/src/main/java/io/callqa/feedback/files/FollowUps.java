package io.callqa.feedback.files;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.callqa.feedback.appeals.Appeal;
import io.callqa.feedback.appeals.AppealView;
import io.callqa.feedback.items.FeedbackConfig;
import io.callqa.feedback.items.FeedbackItem;
import io.callqa.kit.security.AccessScope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** What followed from agents' evaluations, as far as the caller may see it (a team lead: their team's). */
@ApplicationScoped
public class FollowUps {

    private final FeedbackConfig config;
    private final Clock clock;

    public FollowUps(FeedbackConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** One agent's, limited to what {@code scope} allows. */
    Uni<QaFileView.Followed> of(String agentId, AccessScope scope) {
        return FeedbackItem.<FeedbackItem>list("agentId = ?1", agentId)
                .chain(items -> Appeal.<Appeal>list("agentId = ?1 order by filedAt desc", agentId)
                        .map(appeals -> followed(
                                items.stream().filter(i -> scope.allows(agentId, i.teamId)).toList(),
                                appeals.stream().filter(a -> scope.allows(agentId, a.teamId)).toList())));
    }

    /** Each agent's, from what they received in the team. */
    Uni<Map<String, QaFileView.Followed>> ofTeam(String teamId, List<String> agents) {
        return FeedbackItem.<FeedbackItem>list("teamId = ?1", teamId)
                .chain(items -> Appeal.<Appeal>list("teamId = ?1 order by filedAt desc", teamId).map(appeals -> {
                    Map<String, List<FeedbackItem>> itemsOf = items.stream().collect(Collectors.groupingBy(i -> i.agentId));
                    Map<String, List<Appeal>> appealsOf = appeals.stream().collect(Collectors.groupingBy(a -> a.agentId));
                    return agents.stream().collect(Collectors.toMap(a -> a, a -> followed(
                            itemsOf.getOrDefault(a, List.of()), appealsOf.getOrDefault(a, List.of()))));
                }));
    }

    private QaFileView.Followed followed(List<FeedbackItem> items, List<Appeal> appeals) {
        Instant overdueBefore = clock.instant().minus(config.acknowledgeWithin());
        List<Appeal> open = appeals.stream().filter(a -> a.state().open()).toList();
        List<FeedbackItem> waiting = items.stream().filter(i -> !i.acknowledged()
                && open.stream().noneMatch(a -> a.evaluationId.equals(i.evaluationId))).toList();
        return new QaFileView.Followed(items.stream().filter(FeedbackItem::acknowledged).count(), waiting.size(),
                waiting.stream().filter(i -> i.releasedAt.isBefore(overdueBefore)).count(),
                appeals.stream().map(AppealView::of).toList());
    }
}

package io.callqa.feedback.files;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.callqa.feedback.appeals.Appeal;
import io.callqa.feedback.appeals.AppealView;
import io.callqa.feedback.coaching.CoachingPlans;
import io.callqa.feedback.coaching.PlanView;
import io.callqa.feedback.floorwalks.FloorWalkView;
import io.callqa.feedback.floorwalks.FloorWalks;
import io.callqa.feedback.items.FeedbackConfig;
import io.callqa.feedback.items.FeedbackItem;
import io.callqa.feedback.library.Library;
import io.callqa.feedback.library.LibraryEntryView;
import io.callqa.kit.security.AccessScope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** What followed from agents' evaluations, as far as the caller may see it (a team lead: their team's). */
@ApplicationScoped
public class FollowUps {

    private final FeedbackConfig config;
    private final CoachingPlans plans;
    private final Library library;
    private final FloorWalks floorWalks;
    private final Clock clock;

    public FollowUps(FeedbackConfig config, CoachingPlans plans, Library library, FloorWalks floorWalks, Clock clock) {
        this.config = config;
        this.plans = plans;
        this.library = library;
        this.floorWalks = floorWalks;
        this.clock = clock;
    }

    /** Everything about one agent, each record kept when {@code scope} allows its team. */
    private record Gathered(List<FeedbackItem> items, List<Appeal> appeals, List<PlanView> plans,
            List<LibraryEntryView> recordings, List<FloorWalkView> walks) {

        Gathered visibleTo(String agentId, AccessScope scope) {
            return new Gathered(items.stream().filter(i -> scope.allows(agentId, i.teamId)).toList(),
                    appeals.stream().filter(a -> scope.allows(agentId, a.teamId)).toList(),
                    plans.stream().filter(p -> scope.allows(agentId, p.teamId())).toList(),
                    recordings.stream().filter(r -> scope.allows(agentId, r.teamId())).toList(),
                    walks.stream().filter(w -> scope.allows(agentId, w.teamId())).toList());
        }

        Gathered of(String agentId) {
            return new Gathered(items.stream().filter(i -> agentId.equals(i.agentId)).toList(),
                    appeals.stream().filter(a -> agentId.equals(a.agentId)).toList(),
                    plans.stream().filter(p -> agentId.equals(p.agentId())).toList(),
                    recordings.stream().filter(r -> agentId.equals(r.agentId())).toList(),
                    walks.stream().filter(w -> agentId.equals(w.agentId())).toList());
        }
    }

    /** One agent's, limited to what {@code scope} allows. */
    Uni<QaFileView.Followed> of(String agentId, AccessScope scope) {
        return FeedbackItem.<FeedbackItem>list("agentId = ?1", agentId)
                .chain(items -> Appeal.<Appeal>list("agentId = ?1 order by filedAt desc", agentId)
                        .chain(appeals -> plans.forAgent(agentId)
                                .chain(coaching -> library.forAgent(agentId)
                                        .chain(recordings -> floorWalks.forAgent(agentId)
                                                .map(walks -> new Gathered(items, appeals, coaching,
                                                        recordings.recordings(), walks))))))
                .map(all -> followed(all.visibleTo(agentId, scope)));
    }

    /** Each agent's, from what was recorded about them in the team. */
    Uni<Map<String, QaFileView.Followed>> ofTeam(String teamId, List<String> agents) {
        return FeedbackItem.<FeedbackItem>list("teamId = ?1", teamId)
                .chain(items -> Appeal.<Appeal>list("teamId = ?1 order by filedAt desc", teamId)
                        .chain(appeals -> plans.forTeam(teamId)
                                .chain(coaching -> library.forTeam(teamId)
                                        .chain(recordings -> floorWalks.forTeam(teamId)
                                                .map(walks -> new Gathered(items, appeals, coaching, recordings,
                                                        walks))))))
                .map(all -> agents.stream().collect(Collectors.toMap(Function.identity(),
                        agent -> followed(all.of(agent)))));
    }

    private QaFileView.Followed followed(Gathered g) {
        Instant overdueBefore = clock.instant().minus(config.acknowledgeWithin());
        List<Appeal> open = g.appeals.stream().filter(a -> a.state().open()).toList();
        List<FeedbackItem> waiting = g.items.stream().filter(i -> !i.acknowledged()
                && open.stream().noneMatch(a -> a.evaluationId.equals(i.evaluationId))).toList();
        return new QaFileView.Followed(g.items.stream().filter(FeedbackItem::acknowledged).count(), waiting.size(),
                waiting.stream().filter(i -> i.releasedAt.isBefore(overdueBefore)).count(),
                g.appeals.stream().map(AppealView::of).toList(), g.plans, g.recordings,
                g.recordings.stream().mapToInt(LibraryEntryView::bonusPoints).sum(), g.walks);
    }
}

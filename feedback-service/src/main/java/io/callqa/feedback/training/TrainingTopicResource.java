package io.callqa.feedback.training;

import java.time.YearMonth;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.AccessScope;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/teams/{teamId}/training-topics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TEAM_LEAD, Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN})
public class TrainingTopicResource {

    private final Caller caller;

    public TrainingTopicResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @WithSession
    @Operation(summary = "A team's training topics (班组培训主题), newest month first; ?month=YYYY-MM for one month",
            description = "An item deducted for at least qa.feedback.training.team-share of the team's agents "
                    + "evaluated in a month. A team lead reads their own team's, QA staff every team's.")
    public Uni<List<TrainingTopic>> list(@PathParam("teamId") String teamId, @QueryParam("month") YearMonth month) {
        AccessScope scope = caller.scope();
        if (scope.teamFilter() != null && !scope.teamFilter().equals(teamId)
                || scope.kind() == AccessScope.Kind.AGENT) {
            throw ProblemException.forbidden("you may not see the training topics of team " + teamId);
        }
        return month == null
                ? TrainingTopic.list("teamId = ?1 order by month desc, itemId", teamId)
                : TrainingTopic.list("teamId = ?1 and month = ?2 order by itemId", teamId, month.toString());
    }
}

package io.callqa.scoring.findings;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.callqa.kit.persistence.Transactions;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.callqa.scoring.evaluations.ItemScore;
import io.callqa.scoring.evaluations.ScoringConfig;
import io.callqa.scoring.scorecards.Scorecards;
import io.callqa.scoring.tasks.Task;
import io.callqa.scoring.tasks.TaskAccess;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/tasks/{taskId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.TEAM_LEAD})
public class FindingResource {

    private final Scorecards scorecards;
    private final ScoringConfig config;
    private final Caller caller;
    private final Clock clock;

    public FindingResource(Scorecards scorecards, ScoringConfig config, Caller caller, Clock clock) {
        this.scorecards = scorecards;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
    }

    /** Whether the call's transcript was checked, and what the checks found. */
    public record Findings(UUID taskId, String callId, boolean checked, List<TranscriptFinding> findings) {
    }

    /** The evaluator's decision on one finding. */
    public record DecisionRequest(@NotNull TranscriptFinding.Decision decision) {
    }

    /** Verdicts to start the scoring from, in the shape {@code POST /api/v1/evaluations} takes. */
    public record PrefillView(UUID taskId, String scorecardId, int scorecardVersion, List<ItemScore> items) {
    }

    @GET
    @Path("/findings")
    @WithSession
    @Operation(summary = "The automatic transcript checks' findings on the task's call, each with rule, quote, offset and item")
    public Uni<Findings> findings(@PathParam("taskId") UUID taskId) {
        return task(taskId).chain(task -> TranscriptCheck.<TranscriptCheck>findById(task.callId)
                .chain(checked -> list(task.callId).map(all -> new Findings(taskId, task.callId, checked != null, all))));
    }

    @POST
    @Path("/findings/{findingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept or dismiss a finding; accepted findings pre-fill deductions")
    public Uni<TranscriptFinding> decide(@PathParam("taskId") UUID taskId, @PathParam("findingId") UUID findingId,
            @Valid @NotNull DecisionRequest request) {
        return Transactions.run(() -> task(taskId).invoke(task -> {
            if (!task.isOpen()) {
                throw ProblemException.conflict("task " + taskId + " is done; its findings are settled");
            }
        }).chain(task -> TranscriptFinding.<TranscriptFinding>findById(findingId).invoke(f -> {
            if (f == null || !f.callId.equals(task.callId)) {
                throw ProblemException.notFound("no finding " + findingId + " on task " + taskId);
            }
            f.decision = request.decision().name();
            f.decidedBy = caller.id();
            f.decidedAt = clock.instant();
        })));
    }

    @GET
    @Path("/prefill")
    @WithSession
    @Operation(summary = "Full marks with the accepted findings applied: a scoring to start from")
    public Uni<PrefillView> prefill(@PathParam("taskId") UUID taskId) {
        return task(taskId).chain(task -> scorecards.current(config.defaultScorecard())
                .chain(card -> list(task.callId).map(all -> new PrefillView(taskId, card.id(), card.version(),
                        Prefill.of(card, all)))));
    }

    private Uni<Task> task(UUID taskId) {
        return Task.<Task>findById(taskId).invoke(task -> {
            if (!TaskAccess.visible(task, caller)) {
                throw ProblemException.notFound("no task " + taskId);
            }
        });
    }

    private static Uni<List<TranscriptFinding>> list(String callId) {
        return TranscriptFinding.list("callId = ?1 order by seq", callId);
    }
}

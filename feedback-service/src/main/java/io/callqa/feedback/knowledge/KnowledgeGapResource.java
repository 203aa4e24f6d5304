package io.callqa.feedback.knowledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.callqa.kit.persistence.Transactions;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The knowledge-base owner's list. There is no such role: QA leads and admins read and resolve gaps, evaluators
 * read them.
 */
@Path("/api/v1/knowledge-gaps")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.QA_LEAD, Roles.ADMIN})
public class KnowledgeGapResource {

    private final Caller caller;
    private final Clock clock;
    private final MeterRegistry registry;

    public KnowledgeGapResource(Caller caller, Clock clock, MeterRegistry registry) {
        this.caller = caller;
        this.clock = clock;
        this.registry = registry;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.QA_LEAD, Roles.ADMIN, Roles.EVALUATOR})
    @Operation(summary = "Knowledge-base gaps from floor walks and evaluations, newest first",
            description = "?status=OPEN|RESOLVED, ?from=&to= (instants) on when the gap was met.")
    @APIResponse(responseCode = "400", description = "a bad parameter, named")
    public Uni<GapPage> list(@QueryParam("status") String status, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        QueryInstants range = QueryInstants.parse(from, to);
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (status != null && !status.isBlank()) {
            where.add("status = :status");
            params.and("status", parse(status).name());
        }
        if (range.from() != null) {
            where.add("occurredAt >= :from");
            params.and("from", range.from());
        }
        if (range.to() != null) {
            where.add("occurredAt < :to");
            params.and("to", range.to());
        }
        Sort sort = Sort.descending("occurredAt").and("gapId", Sort.Direction.Descending);
        PanacheQuery<KnowledgeGap> found = where.isEmpty() ? KnowledgeGap.findAll(sort)
                : KnowledgeGap.find(String.join(" and ", where), sort, params);
        return found.page(Page.of(page, size)).list().chain(gaps -> found.count().map(total -> new GapPage(
                gaps.stream().map(GapView::of).toList(), page, size, total)));
    }

    @POST
    @Path("/{gapId}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a gap RESOLVED, e.g. once the knowledge base answers it; the note says how")
    @APIResponse(responseCode = "404", description = "no such gap")
    @APIResponse(responseCode = "409", description = "already resolved")
    public Uni<GapView> resolve(@PathParam("gapId") UUID gapId, @Valid ResolveRequest request) {
        String note = request == null || request.note() == null || request.note().isBlank() ? null
                : request.note().trim();
        return Transactions.run(() -> KnowledgeGap.<KnowledgeGap>findById(gapId, LockModeType.PESSIMISTIC_WRITE)
                .map(gap -> {
                    if (gap == null) {
                        throw ProblemException.notFound("no knowledge gap " + gapId);
                    }
                    if (KnowledgeGap.Status.RESOLVED.name().equals(gap.status)) {
                        throw ProblemException.conflict("knowledge gap " + gapId + " was already resolved by "
                                + gap.resolvedBy + " at " + gap.resolvedAt);
                    }
                    gap.status = KnowledgeGap.Status.RESOLVED.name();
                    gap.resolvedBy = caller.id();
                    gap.resolvedAt = clock.instant();
                    gap.resolutionNote = note;
                    Transactions.afterCommit(() -> registry.counter("qa.feedback.knowledge_gaps.resolved").increment());
                    return GapView.of(gap);
                }));
    }

    private static KnowledgeGap.Status parse(String status) {
        try {
            return KnowledgeGap.Status.valueOf(status.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of " + Arrays.toString(KnowledgeGap.Status.values())
                    + ", not '" + status + "'");
        }
    }
}

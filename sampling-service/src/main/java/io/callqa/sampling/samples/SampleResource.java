package io.callqa.sampling.samples;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.callqa.events.SampleSelected;
import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.AccessScope;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.callqa.sampling.rules.Rule;
import io.callqa.sampling.web.QueryInstants;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/samples")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN, Roles.TEAM_LEAD, Roles.AGENT})
public class SampleResource {


    private final Caller caller;
    private final SampleQueries queries;
    private final ManualPicks manual;

    public SampleResource(Caller caller, SampleQueries queries, ManualPicks manual) {
        this.caller = caller;
        this.queries = queries;
        this.manual = manual;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.QA_LEAD, Roles.EVALUATOR})
    @Operation(summary = "Sample a call by hand (rule MANUAL)",
            description = "Picks an indexed call with the MANUAL rule; the reason's detail names the note and the "
                    + "caller, its evidence holds {note, by, mode?, priority?}. A call not yet sampled becomes a "
                    + "sample (SampleSelected on qa.samples.v1, 201); a sampled call gains the MANUAL reason "
                    + "(SampleUpdated, 200; nothing changes when it already has one). mode and priority default to "
                    + "the MANUAL rule's (POSTHOC, NORMAL); the sample is REALTIME if any reason is, and takes "
                    + "the highest priority of its reasons.")
    @APIResponse(responseCode = "201", description = "sampled; Location names the sample")
    @APIResponse(responseCode = "200", description = "the call was already sampled; the sample as it is now")
    @APIResponse(responseCode = "400", description = "invalid request; each bad field is named")
    @APIResponse(responseCode = "404", description = "no such call in the call index")
    @APIResponse(responseCode = "409", description = "the MANUAL rule is disabled or its daily cap is reached")
    public Uni<Response> pick(@Valid @NotNull ManualPickRequest request) {
        return manual.pick(request, caller.id()).map(outcome -> outcome.created()
                ? Response.created(URI.create("/api/v1/samples/" + outcome.sample().sampleId()))
                        .entity(outcome.sample()).build()
                : Response.ok(outcome.sample()).build());
    }

    @GET
    @Path("/{id}")
    @WithSession
    @Operation(summary = "One sample with every reason and its evidence",
            description = "QA staff see every sample, a team lead their team's, an agent their own. A sample the "
                    + "caller may not see answers 404, like an unknown one, so that its existence does not leak.")
    @APIResponse(responseCode = "200", description = "the sample")
    @APIResponse(responseCode = "400", description = "id is not a UUID")
    @APIResponse(responseCode = "404", description = "no such sample, or not one the caller may see")
    public Uni<SampleDetail> get(@PathParam("id") UUID id) {
        AccessScope scope = caller.scope();
        return queries.byId(id).map(found -> found.filter(s -> scope.allows(s.agentId(), s.teamId()))
                .orElseThrow(() -> ProblemException.notFound("no sample " + id)));
    }

    @GET
    @WithSession
    @Operation(summary = "List samples, newest first, a page at a time",
            description = "QA staff see every sample, a team lead their team's, an agent their own; the filters "
                    + "narrow further. Answers {items, page, size, total}, total counting every matching sample.")
    @APIResponse(responseCode = "200", description = "one page of samples")
    @APIResponse(responseCode = "400", description = "a bad parameter, named")
    public Uni<SamplePage> list(
            @Parameter(description = "only this agent's samples") @QueryParam("agentId") String agentId,
            @Parameter(description = "only this team's samples") @QueryParam("teamId") String teamId,
            @Parameter(description = "only samples with a reason of this rule, e.g. SHORT_CALL")
            @QueryParam("rule") String rule,
            @Parameter(description = "REALTIME or POSTHOC") @QueryParam("mode") String mode,
            @Parameter(description = "selectedAt at or after this instant") @QueryParam("from") String from,
            @Parameter(description = "selectedAt before this instant") @QueryParam("to") String to,
            @Parameter(description = "0-based page number") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "samples per page, 1-1000")
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        AccessScope scope = caller.scope();
        List<FieldError> errors = new ArrayList<>();
        checkEnum(errors, "rule", rule, Rule.values());
        checkEnum(errors, "mode", mode, SampleSelected.Mode.values());
        Instant fromAt = QueryInstants.optional(errors, "from", from);
        Instant toAt = QueryInstants.optional(errors, "to", to);
        if (fromAt != null && toAt != null && !toAt.isAfter(fromAt)) {
            errors.add(new FieldError("to", "must be after from"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        SampleQueries.Filter filter = new SampleQueries.Filter(blankToNull(agentId), blankToNull(teamId),
                blankToNull(rule), blankToNull(mode), fromAt, toAt);
        return queries.page(scope, filter, page, size);
    }

    private static void checkEnum(List<FieldError> errors, String name, String value, Enum<?>[] values) {
        if (value != null && !value.isBlank() && Arrays.stream(values).noneMatch(v -> v.name().equals(value))) {
            errors.add(new FieldError(name, "must be one of " + Arrays.toString(values) + ", not '" + value + "'"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

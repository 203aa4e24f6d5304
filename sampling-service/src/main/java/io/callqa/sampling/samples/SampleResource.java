package io.callqa.sampling.samples;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.callqa.kit.security.AccessScope;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/samples")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN, Roles.TEAM_LEAD, Roles.AGENT})
public class SampleResource {

    private final Caller caller;

    public SampleResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @WithSession
    @Operation(summary = "List samples, newest first",
            description = "QA staff see every sample, a team lead their team's, an agent their own.")
    public Uni<List<SampleView>> list(
            @Parameter(description = "only this agent's samples") @QueryParam("agentId") String agentId,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        AccessScope scope = caller.scope();
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        filter(where, params, "agentId", scope.agentFilter());
        filter(where, params, "teamId", scope.teamFilter());
        filter(where, params, "agentId", agentId);
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        return Sample.<Sample>find(query, Sort.descending("selectedAt"), params.toArray())
                .page(Page.ofSize(limit)).list()
                .map(samples -> samples.stream().map(SampleView::of).toList());
    }

    private static void filter(List<String> where, List<Object> params, String field, String value) {
        if (value != null) {
            params.add(value);
            where.add(field + " = ?" + params.size());
        }
    }
}

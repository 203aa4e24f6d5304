package io.callqa.sampling.quota;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.AccessScope;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.callqa.sampling.store.Sql;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/quotas")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN, Roles.TEAM_LEAD, Roles.AGENT})
public class QuotaResource {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final Caller caller;

    public QuotaResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @WithSession
    @Operation(summary = "The agents' RANDOM quotas of a month, by agent id",
            description = "Each agent's quota as fixed at their first answered call of the month (last month's "
                    + "volume, base, average score, multiplier, exemption) and its progress. QA staff see every "
                    + "agent, a team lead their team's, an agent their own.")
    public Uni<List<AgentMonth>> list(
            @Parameter(description = "the month, YYYY-MM, in the center's zone", required = true)
            @QueryParam("month") String month,
            @Parameter(description = "only this agent") @QueryParam("agentId") String agentId) {
        YearMonth parsed = month(month);
        AccessScope scope = caller.scope();
        List<String> where = new ArrayList<>(List.of("m.month = :month"));
        List<Object> params = new ArrayList<>(List.of("month", parsed.toString()));
        if (scope.agentFilter() != null) {
            where.add("m.agent_id = :self");
            params.addAll(List.of("self", scope.agentFilter()));
        }
        if (scope.teamFilter() != null) {
            where.add("a.team_id = :team");
            params.addAll(List.of("team", scope.teamFilter()));
        }
        if (agentId != null) {
            where.add("m.agent_id = :agent");
            params.addAll(List.of("agent", agentId));
        }
        String sql = "select " + AgentMonths.COLUMNS + "\nfrom agent_month m left join agent a on a.agent_id = m.agent_id"
                + "\nwhere " + String.join(" and ", where);
        return Sql.rows(sql, AgentMonth.class, params.toArray())
                .map(rows -> rows.stream().sorted(Comparator.comparing(AgentMonth::agentId)).toList());
    }

    private static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid("month", "is required, as YYYY-MM (e.g. 2026-11)");
        }
        if (!MONTH.matcher(text).matches()) {
            throw ProblemException.invalid("month", "must be a month as YYYY-MM (e.g. 2026-11), not '" + text + "'");
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("month", "must be a month as YYYY-MM (e.g. 2026-11), not '" + text + "'");
        }
    }
}

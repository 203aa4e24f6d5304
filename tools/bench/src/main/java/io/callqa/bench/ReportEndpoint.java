package io.callqa.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One report request the benchmark times: a name, the method and the path as the service's OpenAPI document
 * spells it ({@code /api/v1/reports/pareto}), and the concrete request target of the {@code i}-th request.
 */
record ReportEndpoint(String name, String method, String path, Function<ReportDraw, String> target) {

    /**
     * The reports of issue 7, with the scopes and periods a reader asks for most. An entry whose path the
     * running service does not offer is reported as absent; a report path the service offers that no entry
     * covers is measured as well, with its parameters filled by name ({@link #generic}).
     */
    static List<ReportEndpoint> known() {
        String reports = "/api/v1/reports";
        return List.of(
                get("agent month (existing)", reports + "/agents/{agentId}", d -> "/agents/" + d.agent()
                        + "?month=" + d.month()),
                get("scorecard: agent, month", reports + "/scorecards/agents/{agentId}",
                        d -> "/scorecards/agents/" + d.agent() + "?month=" + d.month()),
                get("scorecard: agent, quarter", reports + "/scorecards/agents/{agentId}",
                        d -> "/scorecards/agents/" + d.agent() + "?quarter=" + d.quarter()),
                get("scorecard: team, month", reports + "/scorecards/teams/{teamId}",
                        d -> "/scorecards/teams/" + d.team() + "?month=" + d.month()),
                get("scorecard: team, quarter", reports + "/scorecards/teams/{teamId}",
                        d -> "/scorecards/teams/" + d.team() + "?quarter=" + d.quarter()),
                get("scorecard: team, month, html", reports + "/scorecards/teams/{teamId}",
                        d -> "/scorecards/teams/" + d.team() + "?month=" + d.month() + "&format=html"),
                get("pareto: center, month", reports + "/pareto", d -> "/pareto?month=" + d.month()),
                get("pareto: center, quarter", reports + "/pareto", d -> "/pareto?quarter=" + d.quarter()),
                get("pareto: team, month", reports + "/pareto", d -> "/pareto?scope=team&teamId=" + d.team()
                        + "&month=" + d.month()),
                get("pareto: agent, quarter", reports + "/pareto", d -> "/pareto?scope=agent&agentId="
                        + d.agent() + "&quarter=" + d.quarter()),
                get("pareto: center, month, html", reports + "/pareto", d -> "/pareto?month=" + d.month()
                        + "&format=html"),
                get("heat map: team × item, month", reports + "/heatmaps/teams", d -> "/heatmaps/teams?month="
                        + d.month()),
                get("heat map: team × item, quarter", reports + "/heatmaps/teams", d -> "/heatmaps/teams?quarter="
                        + d.quarter()),
                get("heat map: agent × item, month", reports + "/heatmaps/teams/{teamId}/agents",
                        d -> "/heatmaps/teams/" + d.team() + "/agents?month=" + d.month()),
                get("service level: week", reports + "/service-level", d -> "/service-level?week=" + d.week()),
                get("service level: month, html", reports + "/service-level", d -> "/service-level?month="
                        + d.month() + "&format=html"),
                get("coverage: month", reports + "/coverage", d -> "/coverage?month=" + d.month()),
                get("coverage: quarter", reports + "/coverage", d -> "/coverage?quarter=" + d.quarter()),
                get("qa operations: month", reports + "/qa-operations", d -> "/qa-operations?month=" + d.month()),
                get("appraisal: quarter", reports + "/appraisal", d -> "/appraisal?quarter=" + d.quarter()),
                get("appraisal: quarter, html", reports + "/appraisal", d -> "/appraisal?quarter=" + d.quarter()
                        + "&format=html"),
                get("qa team appraisal: month", reports + "/qa-team/appraisal", d -> "/qa-team/appraisal?month="
                        + d.month()),
                get("complaint summary: week", reports + "/complaints", d -> "/complaints?date=" + d.thursday()),
                get("complaint summary: week, html", reports + "/complaints", d -> "/complaints?date="
                        + d.thursday() + "&format=html"),
                get("bulletins: list", reports + "/bulletins", d -> "/bulletins"),
                get("bulletin: week", reports + "/bulletins/{week}", d -> "/bulletins/" + d.week()),
                get("bulletin: week, html", reports + "/bulletins/{week}", d -> "/bulletins/" + d.week()
                        + "?format=html"));
    }

    private static ReportEndpoint get(String name, String path, Function<ReportDraw, String> target) {
        return new ReportEndpoint(name, "GET", path, d -> "/api/v1/reports" + target.apply(d));
    }

    /** {@code /a/{x}/b} and {@code /a/{y}/b} are the same path. */
    static String shape(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }

    /**
     * A request for a path no entry covers: path parameters by name (agentId, teamId, week, month, …), and of
     * the query parameters the required ones plus one period (month, else week, else quarter) if it takes one.
     * Null when a required parameter has a name this benchmark cannot fill.
     */
    static ReportEndpoint generic(String method, String path, List<Parameter> parameters) {
        Set<String> names = new LinkedHashSet<>();
        parameters.forEach(p -> names.add(p.name()));
        List<Parameter> query = new ArrayList<>();
        for (Parameter p : parameters) {
            if (p.in().equals("path") && !fillable(p.name())) {
                return null;
            }
            if (p.in().equals("query") && p.required()) {
                if (!fillable(p.name())) {
                    return null;
                }
                query.add(p);
            }
        }
        String period = names.contains("month") ? "month" : names.contains("week") ? "week"
                : names.contains("quarter") ? "quarter" : null;
        if (period != null && query.stream().noneMatch(p -> p.name().equals(period))) {
            query.add(new Parameter(period, "query", false));
        }
        return new ReportEndpoint("(auto) " + method + " " + path, method, path, d -> {
            String target = path;
            for (Parameter p : parameters) {
                if (p.in().equals("path")) {
                    target = target.replace("{" + p.name() + "}", value(p.name(), d));
                }
            }
            StringBuilder q = new StringBuilder();
            for (Parameter p : query) {
                q.append(q.length() == 0 ? '?' : '&').append(p.name()).append('=').append(value(p.name(), d));
            }
            return target + q;
        });
    }

    private static boolean fillable(String name) {
        return List.of("agentId", "teamId", "week", "month", "quarter").contains(name);
    }

    private static String value(String name, ReportDraw d) {
        switch (name) {
            case "agentId":
                return d.agent();
            case "teamId":
                return d.team();
            case "week":
                return d.week();
            case "month":
                return d.month();
            default:
                return d.quarter();
        }
    }

    /** A parameter of an OpenAPI operation. */
    record Parameter(String name, String in, boolean required) {
    }
}

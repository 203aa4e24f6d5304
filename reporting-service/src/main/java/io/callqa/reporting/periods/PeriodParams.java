package io.callqa.reporting.periods;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.ws.rs.QueryParam;

/**
 * The period query parameters every report over weeks, months, quarters or ranges takes: exactly one of
 * {@code week}, {@code month}, {@code quarter} or {@code from}+{@code to} ({@link Period#parse}).
 */
public class PeriodParams {

    @Parameter(description = "ISO week, Monday first", example = "2026-W47")
    @QueryParam("week")
    public String week;

    @Parameter(description = "YYYY-MM", example = "2026-11")
    @QueryParam("month")
    public String month;

    @Parameter(description = "YYYY-Qn", example = "2026-Q4")
    @QueryParam("quarter")
    public String quarter;

    @Parameter(description = "first day, with to (YYYY-MM-DD)", example = "2026-11-01")
    @QueryParam("from")
    public String from;

    @Parameter(description = "last day, inclusive, with from (YYYY-MM-DD)", example = "2026-11-30")
    @QueryParam("to")
    public String to;

    /** The period asked for; a 400 naming the parameter when there is none, more than one, or a malformed one. */
    public Period period() {
        return Period.parse(week, month, quarter, from, to);
    }
}

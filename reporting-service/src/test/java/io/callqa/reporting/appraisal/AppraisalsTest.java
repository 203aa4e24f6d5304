package io.callqa.reporting.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.reporting.periods.Period;

class AppraisalsTest {

    private static AgentFigures evaluated(String agentId, String average) {
        return new AgentFigures(agentId, null, 0, 0, 0, 0, 0, 0, 1, new BigDecimal(average), 0, 0);
    }

    @Test
    void ranksBestFirstAndAnAgentKeepsTheirRankAlone() {
        List<AgentFigures> figures = List.of(evaluated("a-1", "70.0"), evaluated("a-2", "90.0"),
                new AgentFigures("a-3", null, 0, 0, 0, 0, 0, 0, 0, null, 0, 0), evaluated("a-4", "90.0"));

        AppraisalReport report = Appraisals.rank(Period.quarter(2033, 1), "t-1", AppraisalRulesTest.DEFAULTS, figures);

        assertEquals(List.of("a-2", "a-4", "a-1", "a-3"), report.agents().stream().map(AgentAppraisal::agentId).toList());
        assertEquals(Arrays.asList(1, 1, 3, null), report.agents().stream().map(AgentAppraisal::rank).toList());
        assertEquals(3, report.agentsRanked());
        AppraisalReport mine = Appraisals.only(report, "a-1");
        assertEquals(1, mine.agents().size());
        assertEquals(3, mine.agents().get(0).rank());
        assertEquals("2033-Q1", mine.quarter());
    }
}

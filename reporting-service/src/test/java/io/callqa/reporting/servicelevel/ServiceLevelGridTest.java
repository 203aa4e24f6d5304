package io.callqa.reporting.servicelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.callqa.kit.problem.ProblemException;
import io.callqa.reporting.periods.Period;

class ServiceLevelGridTest {

    private static final LocalDate D1 = LocalDate.of(2033, 3, 1);
    private static final LocalDate D2 = D1.plusDays(1);

    private static IntervalRow row(LocalDate day, String time, int offered, int within, int abandoned, String verdict) {
        return new IntervalRow(day, time, offered, within, abandoned,
                offered == 0 ? null : BigDecimal.valueOf(within).divide(BigDecimal.valueOf(offered), 4,
                        java.math.RoundingMode.HALF_UP), verdict);
    }

    @Test
    void everyDayIsARowAndEveryStartTimeAColumn() {
        Period period = Period.range(D1, D1.plusDays(2));
        ServiceLevelReport report = ServiceLevelGrid.build(period, "center", null, 30, List.of(
                row(D1, "09:00", 10, 9, 0, "MET"), row(D1, "09:30", 4, 2, 1, "MISSED"),
                row(D2, "09:30", 0, 0, 0, "NONE"), row(D2, "08:30", 5, 5, 0, "MET")),
                Map.of(D1, new CallFigures(14, 12, 1, 180)));

        assertEquals(List.of("08:30", "09:00", "09:30"), report.intervals());
        assertEquals(3, report.days().size());
        ServiceLevelReport.Day first = report.days().get(0);
        assertEquals(Arrays.asList(null, new BigDecimal("0.9000"), new BigDecimal("0.5000")), first.serviceLevels());
        assertEquals(List.of("09:30"), first.missed());
        assertEquals(new ServiceLevelReport.Totals(14, 11, 1, new BigDecimal("0.7857"), 1, new BigDecimal("15.0"),
                new BigDecimal("0.0714")), first.totals());
        assertEquals(Arrays.asList(new BigDecimal("1.0000"), null, null), report.days().get(1).serviceLevels());
        ServiceLevelReport.Totals empty = report.days().get(2).totals();
        assertNull(empty.serviceLevel());
        assertNull(empty.answerSpeedSeconds());
        assertEquals(new BigDecimal("0.8421"), report.total().serviceLevel()); // 16 ÷ 19
        assertEquals(1, report.total().missedIntervals());
    }

    @Test
    void scopeDefaultsAndChecks() {
        assertEquals(new ServiceLevelScope("CENTER", null, null), ServiceLevelScope.parse(null, null, null));
        assertEquals(new ServiceLevelScope("QUEUE", "q-1", 15), ServiceLevelScope.parse(null, "q-1", "15"));
        assertField("scope", () -> ServiceLevelScope.parse("team", null, null));
        assertField("queueId", () -> ServiceLevelScope.parse("queue", null, null));
        assertField("queueId", () -> ServiceLevelScope.parse("center", "q-1", null));
        assertField("lengthMinutes", () -> ServiceLevelScope.parse(null, null, "0"));
        assertField("lengthMinutes", () -> ServiceLevelScope.parse(null, null, "quarter"));
        assertField("to", () -> ServiceLevelScope.checkLength(Period.range(D1, D1.plusDays(31))));
        assertEquals(31, ServiceLevelScope.checkLength(Period.range(D1, D1.plusDays(30))).days());
    }

    private static void assertField(String field, Runnable call) {
        ProblemException e = assertThrows(ProblemException.class, call::run);
        assertEquals(field, e.problem().errors().get(0).field());
    }
}

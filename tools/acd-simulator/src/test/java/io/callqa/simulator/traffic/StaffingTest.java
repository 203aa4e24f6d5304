package io.callqa.simulator.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.simulator.center.QueueCatalog;

class StaffingTest {

    @Test
    void erlangCNeedsMoreAgentsThanTheLoadAndMoreForMoreCalls() {
        assertEquals(1.0, ErlangC.serviceLevel(3, 0, 200, 20));
        assertEquals(0.0, ErlangC.serviceLevel(5, 5.0, 200, 20));
        // 10 erlangs at 200 s handle time: 13 agents answer ~77% within 20 s, 14 agents ~89%
        assertEquals(14, ErlangC.agentsFor(10.0, 200, 0.8, 20));
        assertTrue(ErlangC.serviceLevel(13, 10.0, 200, 20) < 0.8);
        assertTrue(ErlangC.agentsFor(20.0, 200, 0.8, 20) > ErlangC.agentsFor(10.0, 200, 0.8, 20));
        assertEquals(0, ErlangC.agentsFor(0, 200, 0.8, 20));
    }

    @Test
    void theForecastFillsThePlannedShareOfTheAgentsTime() {
        Forecast forecast = Forecast.plan(QueueCatalog.first(3), 50);
        int[] required = forecast.required(java.time.LocalDate.of(2026, 11, 4));
        int day = 0;
        for (int i = 0; i < required.length; i++) {
            day += Shifts.isNight(i) ? 0 : required[i];
        }
        int dayAgents = 50 - forecast.nightAgents(required);
        assertTrue(day <= Model.PLANNED_UTILISATION * dayAgents * Shifts.WORKING_INTERVALS);
        assertTrue(day > 0.8 * Model.PLANNED_UTILISATION * dayAgents * Shifts.WORKING_INTERVALS);
        assertTrue(forecast.nightAgents(required) >= 1);
    }

    @Test
    void shiftsCoverTheNightFirstAndLeaveAgentsOffWhenNothingIsMissing() {
        int[] required = new int[DailyCurve.INTERVALS];
        for (int i = 16; i < 36; i++) {
            required[i] = 2;
        }
        required[2] = 1;
        List<boolean[]> shifts = ShiftPlanner.plan(required, 10, 1);
        assertTrue(shifts.get(0)[2] && shifts.get(0)[46] && !shifts.get(0)[20], "the night shift");
        assertTrue(shifts.size() < 11, "agents off when the day is covered: " + shifts.size());
        for (boolean[] shift : shifts.subList(1, shifts.size())) {
            int working = 0;
            for (boolean on : shift) {
                working += on ? 1 : 0;
            }
            assertEquals(Shifts.WORKING_INTERVALS, working, "8 hours on the phone");
        }
    }

    @Test
    void aShiftHasItsHourBreakInTheMiddle() {
        boolean[] shift = Shifts.day(16, 23);
        assertTrue(shift[16] && shift[22] && !shift[23] && !shift[24] && shift[25] && shift[33] && !shift[34]);
    }
}

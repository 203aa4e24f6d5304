package io.callqa.simulator.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.simulator.Simulations;
import io.callqa.simulator.records.Call;

class DailyCurveTest {

    private static final List<Call> WEEK =
            Simulations.collect(Simulations.scenario(50, Simulations.MONDAY, 7, 42, false)).inbound();

    @Test
    void sharesOfADayAddUpToOne() {
        double total = 0;
        for (int i = 0; i < DailyCurve.INTERVALS; i++) {
            total += DailyCurve.share(i);
        }
        assertEquals(1.0, total, 1e-9);
    }

    @Test
    void morningPeakHasManyMoreCallsThanTheNight() {
        long atTen = arrivingBetween(LocalTime.of(10, 0), LocalTime.of(10, 30));
        long atThree = arrivingBetween(LocalTime.of(3, 0), LocalTime.of(3, 30));
        assertTrue(atTen > 10 * atThree, "10:00 " + atTen + " vs 03:00 " + atThree);
        assertTrue(atThree > 0, "a small night shift still gets calls");
    }

    @Test
    void afternoonIsBusyAndLunchDips() {
        long lunch = arrivingBetween(LocalTime.of(12, 30), LocalTime.of(13, 0));
        long afternoon = arrivingBetween(LocalTime.of(15, 0), LocalTime.of(15, 30));
        assertTrue(afternoon > lunch * 1.3, "15:00 " + afternoon + " vs 12:30 " + lunch);
    }

    @Test
    void sundayIsQuieterThanMonday() {
        long monday = WEEK.stream().filter(c -> day(c) == DayOfWeek.MONDAY).count();
        long sunday = WEEK.stream().filter(c -> day(c) == DayOfWeek.SUNDAY).count();
        assertTrue(sunday < monday * 0.8, "Sunday " + sunday + " vs Monday " + monday);
    }

    private static long arrivingBetween(LocalTime from, LocalTime until) {
        return WEEK.stream().map(c -> c.enqueuedAt().atZone(Simulations.SHANGHAI).toLocalTime())
                .filter(t -> !t.isBefore(from) && t.isBefore(until)).count();
    }

    private static DayOfWeek day(Call call) {
        return call.enqueuedAt().atZone(Simulations.SHANGHAI).getDayOfWeek();
    }
}

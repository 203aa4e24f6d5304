package io.callqa.reporting.pareto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.reporting.pareto.ParetoCut.Bar;
import io.callqa.reporting.pareto.ParetoCut.Loss;

class ParetoCutTest {

    private static final BigDecimal CUT = new BigDecimal("0.8");

    private static List<Boolean> vital(List<Bar> bars) {
        return bars.stream().map(Bar::vitalFew).toList();
    }

    @Test
    void noLossesNoBars() {
        assertTrue(ParetoCut.of(List.of(), CUT).isEmpty());
        assertTrue(ParetoCut.of(List.of(new Loss("A", 0)), CUT).isEmpty());
    }

    @Test
    void oneItemIsTheWholeAndVital() {
        List<Bar> bars = ParetoCut.of(List.of(new Loss("A", 7)), CUT);
        assertEquals(List.of(new Bar("A", 7, new BigDecimal("1.0000"), new BigDecimal("1.0000"), true)), bars);
    }

    @Test
    void theItemReachingExactlyTheCutIsTheLastVital() {
        List<Bar> bars = ParetoCut.of(List.of(new Loss("C", 10), new Loss("A", 50), new Loss("B", 30),
                new Loss("D", 10)), CUT);
        assertEquals(List.of("A", "B", "C", "D"), bars.stream().map(Bar::itemId).toList());
        assertEquals(List.of(true, true, false, false), vital(bars));
        assertEquals(new BigDecimal("0.8000"), bars.get(1).cumulativeShare());
        assertEquals(new BigDecimal("0.3000"), bars.get(1).share());
    }

    @Test
    void theItemCrossingTheCutIsVitalToo() {
        List<Bar> bars = ParetoCut.of(List.of(new Loss("A", 50), new Loss("B", 29), new Loss("C", 21)), CUT);
        assertEquals(List.of(true, true, true), vital(bars));
        assertEquals(new BigDecimal("0.7900"), bars.get(1).cumulativeShare());
    }

    @Test
    void tiesAreOrderedByItemIdAndCutByPosition() {
        List<Bar> bars = ParetoCut.of(List.of(new Loss("B", 10), new Loss("A", 10), new Loss("D", 10),
                new Loss("C", 10), new Loss("E", 10)), CUT);
        assertEquals(List.of("A", "B", "C", "D", "E"), bars.stream().map(Bar::itemId).toList());
        assertEquals(List.of(true, true, true, true, false), vital(bars));
        assertEquals(new BigDecimal("1.0000"), bars.get(4).cumulativeShare());
    }

    @Test
    void sharesAreRoundedHalfUp() {
        List<Bar> bars = ParetoCut.of(List.of(new Loss("A", 2), new Loss("B", 1)), CUT);
        assertEquals(new BigDecimal("0.6667"), bars.get(0).share());
        assertEquals(new BigDecimal("0.3333"), bars.get(1).share());
        assertEquals(List.of(true, true), vital(bars));
    }
}

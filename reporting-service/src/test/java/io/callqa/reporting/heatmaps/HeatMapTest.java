package io.callqa.reporting.heatmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.reporting.heatmaps.HeatMap.Grid;
import io.callqa.reporting.heatmaps.HeatMap.Loss;
import io.callqa.reporting.heatmaps.HeatMap.Row;

class HeatMapTest {

    @Test
    void cellsArePointsLostPerEvaluationAndItemsOrderedByTotal() {
        Grid grid = HeatMap.of(List.of(new Row("t1", 4), new Row("t2", 3)),
                List.of(new Loss("t1", "B1", 10), new Loss("t1", "O2", 5), new Loss("t2", "O2", 7),
                        new Loss("t2", "A1", 2)), 20);
        assertEquals(List.of("O2", "B1", "A1"), grid.items());
        assertEquals(List.of(new BigDecimal("1.25"), new BigDecimal("2.50"), new BigDecimal("0.00")),
                grid.cells().get("t1"));
        assertEquals(List.of(new BigDecimal("2.33"), new BigDecimal("0.00"), new BigDecimal("0.67")),
                grid.cells().get("t2"));
        assertEquals(12L, grid.itemTotals().get("O2"));
    }

    @Test
    void aRowWithoutEvaluationsHasNullCells() {
        Grid grid = HeatMap.of(List.of(new Row("a1", 2), new Row("a2", 0)), List.of(new Loss("a1", "B1", 3)), 20);
        assertEquals(Arrays.asList((BigDecimal) null), grid.cells().get("a2"));
        assertEquals(List.of(new BigDecimal("1.50")), grid.cells().get("a1"));
    }

    @Test
    void theLimitKeepsTheMostCostlyItemsAndTiesGoByItemId() {
        Grid grid = HeatMap.of(List.of(new Row("t1", 1)),
                List.of(new Loss("t1", "C", 5), new Loss("t1", "B", 5), new Loss("t1", "A", 1)), 2);
        assertEquals(List.of("B", "C"), grid.items());
        assertEquals(2, grid.cells().get("t1").size());
    }

    @Test
    void noLossesNoColumns() {
        Grid grid = HeatMap.of(List.of(new Row("t1", 3)), List.of(), 20);
        assertTrue(grid.items().isEmpty());
        assertTrue(grid.cells().get("t1").isEmpty());
    }
}

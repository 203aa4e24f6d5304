package io.callqa.reporting.pareto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Pareto of deductions for a scope ({@code center}, {@code team} with {@code teamId}, {@code agent} with
 * {@code agentId}) and period: the items by points lost with share, cumulative share and whether they are among the
 * vital few that reach the cut.
 */
public record ParetoReport(String scope, String teamId, String agentId, String period, LocalDate from, LocalDate to,
        long totalPointsLost, BigDecimal cut, List<Item> items) {

    /** One item of the Pareto. */
    public record Item(String itemId, String label, String itemZh, String itemEn, long pointsLost, long times,
            BigDecimal share, BigDecimal cumulativeShare, boolean vitalFew) {
    }

    static List<Item> items(List<ItemLoss> losses, BigDecimal cut) {
        Map<String, ItemLoss> byId = losses.stream().collect(Collectors.toMap(ItemLoss::itemId, Function.identity()));
        List<ParetoCut.Bar> bars = ParetoCut.of(
                losses.stream().map(l -> new ParetoCut.Loss(l.itemId(), l.pointsLost())).toList(), cut);
        return bars.stream().map(b -> {
            ItemLoss l = byId.get(b.itemId());
            return new Item(b.itemId(), l.label(), l.itemZh(), l.itemEn(), b.pointsLost(), l.times(), b.share(),
                    b.cumulativeShare(), b.vitalFew());
        }).toList();
    }
}

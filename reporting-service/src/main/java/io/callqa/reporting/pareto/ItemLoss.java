package io.callqa.reporting.pareto;

/**
 * The points one item lost in a scope and period and how many evaluations lost them. {@code label} is the item's
 * Chinese wording, else its English one, else its id (events from before labels carry none).
 */
public record ItemLoss(String itemId, String label, String itemZh, String itemEn, long pointsLost, long times) {

    public static ItemLoss of(String itemId, String itemZh, String itemEn, long pointsLost, long times) {
        return new ItemLoss(itemId, labelOf(itemId, itemZh, itemEn), itemZh, itemEn, pointsLost, times);
    }

    public static String labelOf(String itemId, String itemZh, String itemEn) {
        if (itemZh != null && !itemZh.isBlank()) {
            return itemZh;
        }
        return itemEn != null && !itemEn.isBlank() ? itemEn : itemId;
    }
}

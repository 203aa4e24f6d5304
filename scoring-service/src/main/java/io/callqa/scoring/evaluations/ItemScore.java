package io.callqa.scoring.evaluations;

import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.events.EvaluationReleased.Quote;

/**
 * An evaluator's verdict on one item: {@code awarded} points for DEDUCTION and YES_NO items, {@code passed} for
 * CRITICAL ones (YES_NO accepts either), {@code na} where the item allows it, and the code of the deduction reason
 * when points were lost. {@code comment} and {@code quote} (a moment of the call: offset in ms and what was said)
 * make the feedback specific.
 */
public record ItemScore(String itemId, Integer awarded, Boolean passed, boolean na, String reason, String comment,
        Quote quote) {

    public ItemScore(String itemId, Integer awarded, Boolean passed, boolean na, String reason) {
        this(itemId, awarded, passed, na, reason, null, null);
    }

    /** The verdict that scores {@code result} again, e.g. to change some items of a released evaluation. */
    public static ItemScore of(ItemResult result) {
        boolean critical = "CRITICAL".equals(result.kind());
        return new ItemScore(result.itemId(), critical ? null : result.awarded(), critical ? !result.failed() : null,
                result.na(), result.reason(), result.comment(), result.quote());
    }
}

package io.callqa.scoring.evaluations;

/**
 * An evaluator's verdict on one item: {@code awarded} points for DEDUCTION and YES_NO items, {@code passed} for
 * CRITICAL ones (YES_NO accepts either), {@code na} where the item allows it, and the code of the deduction reason
 * when points were lost.
 */
public record ItemScore(String itemId, Integer awarded, Boolean passed, boolean na, String reason) {
}

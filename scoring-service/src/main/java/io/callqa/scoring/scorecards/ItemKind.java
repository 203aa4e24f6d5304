package io.callqa.scoring.scorecards;

/** How an item is scored. */
public enum ItemKind {
    /** The evaluator awards 0..maxPoints in steps, choosing a standard deduction reason for what was lost. */
    DEDUCTION,
    /** All or nothing. */
    YES_NO,
    /** A red line (红线): failing it makes the total 0. It carries no points of its own. */
    CRITICAL
}

package io.callqa.feedback.alerts;

/** What raised an alert; also the SSE event name and the {@code kind} tag of the alert metrics (a bounded set). */
public enum AlertKind {
    /** A released evaluation failed a red line (红线). */
    CRITICAL_FAILURE,
    /** A complaint escalated to group level (集团级投诉). */
    GROUP_COMPLAINT,
    /** The same item deducted for the third time in one local day for one agent. */
    REPEATED_DEDUCTION,
    /** An appeal (申诉) waited longer than allowed for a decision. */
    APPEAL_OVERDUE
}

package io.callqa.feedback.coaching;

/** Why a coaching plan exists: three automatic triggers, a lead's own plan, or the escalation of a failed re-check. */
public enum Trigger { CRITICAL_FAILURE, LOW_MONTHLY_AVERAGE, REPEATED_DEDUCTION, MANUAL, RECHECK_FAILED }

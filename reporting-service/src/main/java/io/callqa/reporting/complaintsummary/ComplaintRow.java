package io.callqa.reporting.complaintsummary;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One complaint of the summary: the ticket (流水号), the agent, the call's duration, the content (customer data
 * masked), how QA handled it (the complaint call's newest evaluation) and the evaluator's comment.
 */
public record ComplaintRow(String complaintId, String callId, Instant receivedAt, String severity, String category,
        String agentId, String agentName, String teamId, Integer callSeconds, String callDuration, String content,
        Handling handling, String comment) {

    /**
     * The complaint call's newest evaluation: its total, whether a red line failed and whether a problem was found;
     * {@code evaluated false} and outcome "not evaluated yet" when the call has none.
     */
    public record Handling(boolean evaluated, String evaluationId, BigDecimal totalScore, Boolean criticalFailed,
            Boolean problemFound, String outcome) {

        public static final String NOT_EVALUATED = "not evaluated yet";

        public static Handling none() {
            return new Handling(false, null, null, null, null, NOT_EVALUATED);
        }

        public static Handling of(String evaluationId, BigDecimal total, boolean critical, boolean problem) {
            String outcome = "scored " + total.toPlainString() + (critical ? "; red line failed" : "")
                    + (problem ? "; problem found" : "; no problem found");
            return new Handling(true, evaluationId, total, critical, problem, outcome);
        }
    }
}

package io.callqa.reporting.bulletin;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The content of a weekly QA bulletin (质检周报) as generated and kept: the week's evaluations in brief, the problems
 * heard (the most-deducted items with quoted examples), their correct handling (the item's standard and the
 * evaluators' comments), the deductions per agent (考核扣分情况) and the week's excellent recordings.
 */
public record Bulletin(String week, LocalDate from, LocalDate to, int evaluations, BigDecimal averageScore,
        int criticalFailures, List<Problem> problems, List<AgentDeductions> deductions,
        List<ExcellentRecording> excellentRecordings) {

    /** A most-deducted item: how many evaluations lost points on it or failed it, and the points lost. */
    public record Problem(int rank, String itemId, String item, String itemZh, String itemEn, String section,
            int deductions, long pointsLost, int redLineFailures, List<Example> examples, Handling handling) {
    }

    /** A quote from a deducted call, customer data masked, with its offset ({@code mm:ss}) and the agent. */
    public record Example(String quote, String at, Long offsetMs, String agentId) {
    }

    /** The correct handling: the item's standard (its label) and the evaluators' comments on it. */
    public record Handling(String standardZh, String standardEn, List<String> comments) {
    }

    /** One agent's deductions in the week. */
    public record AgentDeductions(String agentId, String name, String teamId, int evaluations, long pointsLost,
            int criticalFailures, List<String> items) {
    }

    public record ExcellentRecording(String recordingId, String agentId, String name, String teamId, String callId,
            List<String> items, BigDecimal totalScore, Integer bonusPoints, String recordingUri, Instant approvedAt) {
    }

    /** The same bulletin with only the deductions rows {@code keep} lets through. */
    public Bulletin withDeductions(List<AgentDeductions> keep) {
        return new Bulletin(week, from, to, evaluations, averageScore, criticalFailures, problems, keep,
                excellentRecordings);
    }
}

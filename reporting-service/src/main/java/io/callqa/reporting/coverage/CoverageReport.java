package io.callqa.reporting.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Coverage of a period's samples (by the day they were selected), for the center or one team: {@code total} counts
 * each sample once; {@code byRule} counts a sample under each rule that picked it (so the rules add up to more than
 * the total when a sample has several); {@code byMode} REALTIME and POSTHOC. Overdue is as of {@code asOf}.
 */
public record CoverageReport(String period, LocalDate from, LocalDate to, String teamId, Instant asOf,
        Coverage total, List<Coverage> byRule, List<Coverage> byMode) {
}

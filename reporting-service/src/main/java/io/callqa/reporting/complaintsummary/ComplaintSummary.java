package io.callqa.reporting.complaintsummary;

import java.time.LocalDate;
import java.util.List;

/** The complaint summary (投诉汇总) of a period: published on {@code publishedOn} (null for a range asked). */
public record ComplaintSummary(LocalDate from, LocalDate to, LocalDate publishedOn, int complaints,
        List<ComplaintRow> rows) {
}

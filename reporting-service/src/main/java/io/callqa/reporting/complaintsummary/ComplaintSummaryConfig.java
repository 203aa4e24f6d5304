package io.callqa.reporting.complaintsummary;

import java.time.DayOfWeek;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qa.reporting.complaint-summary.*}: the weekly complaint summary (投诉汇总). */
@ConfigMapping(prefix = "qa.reporting.complaint-summary")
public interface ComplaintSummaryConfig {

    /** The day the summary is published; it covers the 7 days before it (Thursday to Wednesday by default). */
    @WithDefault("THURSDAY")
    DayOfWeek publishDay();
}

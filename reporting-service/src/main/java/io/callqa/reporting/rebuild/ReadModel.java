package io.callqa.reporting.rebuild;

import java.util.List;

/** The tables the projections write, all rebuilt together from the topics. */
final class ReadModel {

    static final List<String> TABLES = List.of("call_day", "caller_call", "interval_fact", "sample_fact",
            "evaluation_fact", "evaluation_item_fact", "appeal_fact", "calibration_fact", "qa_plan_fact",
            "qa_plan_target_fact", "coaching_fact", "excellent_recording_fact", "complaint_fact", "agent_fact",
            "evaluation_day", "evaluation_month", "evaluator_day", "item_loss_day", "item_loss_month", "sample_day",
            "sample_center_day", "call_month");

    /** The schema the rebuild fills before its tables are copied over the live ones. */
    static final String SCHEMA = "reporting_rebuild";

    private ReadModel() {
    }
}

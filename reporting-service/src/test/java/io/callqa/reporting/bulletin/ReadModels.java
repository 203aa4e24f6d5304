package io.callqa.reporting.bulletin;

import java.util.UUID;

import io.callqa.testkit.TestDatabase;

/**
 * Rows written straight into the read models (V2), for the report tests: the reports read these tables alone, so
 * their rules are tested without waiting for the projections.
 */
public final class ReadModels {

    private ReadModels() {
    }

    public static void agent(String agentId, String name, String teamId) {
        TestDatabase.execute("""
                insert into agent_fact (agent_id, name, team_id, active, updated_at) values (?, ?, ?, true, now())
                on conflict (agent_id) do update set name = excluded.name, team_id = excluded.team_id""",
                agentId, name, teamId);
    }

    /** An evaluation version released at {@code releasedAt} (ISO instant) counted on {@code day}. */
    public static void evaluation(UUID id, int version, boolean latest, String agentId, String teamId, String callId,
            String total, boolean critical, boolean problem, String comment, String day, String releasedAt) {
        TestDatabase.execute("""
                insert into evaluation_fact (evaluation_id, version, agent_id, team_id, total_score, critical_failed,
                    problem_found, released_at, month, call_id, comment, day, latest, evaluator_id)
                values (?, ?, ?, ?, ?::numeric, ?, ?, ?::timestamptz, substr(?, 1, 7), ?, ?, ?::date, ?, 'e-ev')""",
                id, version, agentId, teamId, total, critical, problem, releasedAt, day, callId, comment, day, latest);
    }

    public static void item(UUID evaluation, int version, boolean latest, String itemId, String itemZh, String itemEn,
            int lost, boolean failed, String comment, String quote, Long offsetMs, String agentId, String teamId,
            String day) {
        TestDatabase.execute("""
                insert into evaluation_item_fact (evaluation_id, version, item_id, max_points, points_lost, failed,
                    comment, quote_text, quote_offset_ms, item_zh, item_en, agent_id, team_id, day, latest)
                values (?, ?, ?, 10, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::date, ?)""",
                evaluation, version, itemId, lost, failed, comment, quote, offsetMs, itemZh, itemEn, agentId, teamId,
                day, latest);
    }

    public static void excellent(UUID recording, UUID evaluation, String agentId, String teamId, String callId,
            String items, String total, String approvedAt, String day) {
        TestDatabase.execute("""
                insert into excellent_recording_fact (recording_id, evaluation_id, evaluation_version, call_id,
                    agent_id, team_id, items, total_score, approved_at, day)
                values (?, ?, 1, ?, ?, ?, ?::text[], ?::numeric, ?::timestamptz, ?::date)""",
                recording, evaluation, callId, agentId, teamId, items, total, approvedAt, day);
    }

    public static void complaint(String complaintId, String callId, String agentId, String receivedAt, String day,
            String severity, String summary) {
        TestDatabase.execute("""
                insert into complaint_fact (complaint_id, call_id, agent_id, received_at, day, category, severity,
                    summary) values (?, ?, ?, ?::timestamptz, ?::date, 'ATTITUDE', ?, ?)""",
                complaintId, callId, agentId, receivedAt, day, severity, summary);
    }

    public static void call(String callId, String agentId, String teamId, int talkSeconds, String day) {
        TestDatabase.execute("""
                insert into caller_call (call_id, caller_hash, agent_id, team_id, queue_id, day, started_at, ended_at,
                    inbound, answered, talk_seconds) values (?, 'h', ?, ?, 'q', ?::date, now(), now(), true, true, ?)""",
                callId, agentId, teamId, day, talkSeconds);
    }

    public static void sample(String callId, String agentId, String teamId, int talkSeconds, String day) {
        TestDatabase.execute("""
                insert into sample_fact (sample_id, call_id, agent_id, team_id, queue_id, mode, priority, rules, reasons,
                    selected_at, day, talk_seconds)
                values (?, ?, ?, ?, 'q', 'POSTHOC', 'NORMAL', '{RANDOM}', '[]'::jsonb, now(), ?::date, ?)""",
                UUID.randomUUID(), callId, agentId, teamId, day, talkSeconds);
    }

    public static void plan(String month) {
        TestDatabase.execute("insert into qa_plan_fact (month, set_at, set_by) values (?, now(), 'q-1') "
                + "on conflict (month) do nothing", month);
    }
}

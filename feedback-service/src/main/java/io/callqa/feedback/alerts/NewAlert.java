package io.callqa.feedback.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.callqa.events.ComplaintReceived;
import io.callqa.events.EvaluationReleased;

/**
 * An alert to raise through {@link Alerts#raise}. {@code dedupeKey} makes raising idempotent: a second alert with
 * the same key (a redelivered event, a job that runs again) is dropped. {@code agentId} and {@code teamId} may be
 * null; an alert without a team is seen by QA leads only. {@code details} holds plain JSON values (strings,
 * numbers, booleans, lists, maps).
 */
public record NewAlert(
        AlertKind kind,
        String agentId,
        String teamId,
        String subjectId,
        String message,
        Map<String, Object> details,
        String dedupeKey) {

    public NewAlert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        details = details == null ? Map.of() : details;
    }

    /** A released evaluation with a failed red line; once per evaluation. */
    public static NewAlert criticalFailure(EvaluationReleased e, String teamId) {
        List<String> failed = e.items().stream().filter(EvaluationReleased.ItemResult::failed)
                .map(EvaluationReleased.ItemResult::itemId).toList();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("evaluationId", e.evaluationId().toString());
        details.put("version", e.version());
        details.put("callId", e.callId());
        details.put("evaluatorId", e.evaluatorId());
        details.put("failedItems", failed);
        details.put("releasedAt", e.releasedAt().toString());
        return new NewAlert(AlertKind.CRITICAL_FAILURE, e.agentId(), teamId, e.evaluationId().toString(),
                "Agent " + e.agentId() + " failed red line " + String.join(", ", failed) + " on call " + e.callId()
                        + " (evaluation " + e.evaluationId() + ").",
                details, "CRITICAL_FAILURE:" + e.evaluationId());
    }

    /** A group-level complaint; once per complaint. The agent (and so the team) may be unknown. */
    public static NewAlert groupComplaint(ComplaintReceived c, String teamId) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("complaintId", c.complaintId());
        details.put("callId", c.callId());
        details.put("category", c.category());
        details.put("receivedAt", c.receivedAt() == null ? null : c.receivedAt().toString());
        details.put("summary", c.summary());
        String who = c.agentId() == null ? "an unknown agent" : "agent " + c.agentId();
        return new NewAlert(AlertKind.GROUP_COMPLAINT, c.agentId(), teamId, c.complaintId(),
                "Group-level complaint " + c.complaintId() + " (" + c.category() + ") about " + who + " on call "
                        + c.callId() + ".",
                details, "GROUP_COMPLAINT:" + c.complaintId());
    }

    /** The third (or later) deduction of one item for one agent on one local day; once per agent, item and day. */
    public static NewAlert repeatedDeduction(String agentId, String teamId, String itemId, LocalDate day,
            List<UUID> evaluationIds) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("itemId", itemId);
        details.put("day", day.toString());
        details.put("deductions", evaluationIds.size());
        details.put("evaluationIds", evaluationIds.stream().map(UUID::toString).toList());
        UUID latest = evaluationIds.get(evaluationIds.size() - 1);
        return new NewAlert(AlertKind.REPEATED_DEDUCTION, agentId, teamId, latest.toString(),
                "Agent " + agentId + " lost points on item " + itemId + " " + evaluationIds.size() + " times on "
                        + day + ".",
                details, "REPEATED_DEDUCTION:" + agentId + ":" + itemId + ":" + day);
    }

    /** An appeal still undecided after its decision was due; once per appeal. */
    public static NewAlert appealOverdue(UUID appealId, UUID evaluationId, String agentId, String teamId,
            Instant filedAt, Instant decisionDue) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("appealId", appealId.toString());
        details.put("evaluationId", evaluationId == null ? null : evaluationId.toString());
        details.put("filedAt", filedAt == null ? null : filedAt.toString());
        details.put("decisionDue", decisionDue == null ? null : decisionDue.toString());
        return new NewAlert(AlertKind.APPEAL_OVERDUE, agentId, teamId, appealId.toString(),
                "Appeal " + appealId + " by agent " + agentId + " is overdue for a decision"
                        + (decisionDue == null ? "." : " (due " + decisionDue + ")."),
                details, "APPEAL_OVERDUE:" + appealId);
    }
}

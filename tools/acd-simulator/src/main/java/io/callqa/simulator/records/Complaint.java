package io.callqa.simulator.records;

import java.time.Instant;

/** A complaint ticket (投诉工单) a customer raised about a call the simulator sent. */
public record Complaint(String complaintId, String callId, String agentId, Instant receivedAt, String category,
        Severity severity, String summary) {

    public enum Severity { NORMAL, GROUP_LEVEL }
}

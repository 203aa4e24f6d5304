package io.callqa.simulator.traffic;

import java.time.Instant;

import io.callqa.simulator.records.Call;
import io.callqa.simulator.records.Complaint;

/** Something the simulator sends, due when it happened: a call when it ended, a complaint when it was received. */
public record Event(Instant due, Call call, Complaint complaint) {

    public static Event of(Call call) {
        return new Event(call.endedAt(), call, null);
    }

    public static Event of(Complaint complaint) {
        return new Event(complaint.receivedAt(), null, complaint);
    }

    public boolean isCall() {
        return call != null;
    }

    String id() {
        return isCall() ? call.callId() : complaint.complaintId();
    }
}

package io.callqa.sampling.complaints;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.callqa.sampling.calls.CallRow;
import io.callqa.sampling.rules.Reason;
import io.callqa.sampling.rules.Rule;
import io.callqa.sampling.samples.Pick;
import io.callqa.sampling.store.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** COMPLAINT: the call named by a complaint (投诉工单), picked when both the complaint and the call are known. */
@ApplicationScoped
public class ComplaintPicks {

    private static final String FOR_CALLS = """
            select c.complaint_id, c.call_id, c.category, c.severity, c.received_at
            from complaint c where c.call_id in (select json_array_elements_text(cast(cast(:ids as text) as json)))
            order by c.received_at, c.complaint_id""";

    private static final String CALL = "select * from call where call_id = :id";

    record Complaint(String complaintId, String callId, String category, String severity, Instant receivedAt) {

        Reason reason() {
            return new Reason(Rule.COMPLAINT, "complaint " + complaintId + " (" + category + ", " + severity
                    + ") received " + receivedAt, Map.of("complaintId", complaintId, "category", String.valueOf(category),
                    "severity", severity, "receivedAt", receivedAt.toString()));
        }
    }

    /** Picks for the arrived calls that complaints already name. */
    public Uni<List<Pick>> forArrived(List<CallRow> calls) {
        List<String> ids = calls.stream().map(CallRow::callId).toList();
        return Sql.rows(FOR_CALLS, Complaint.class, "ids", Sql.json(ids)).map(complaints -> complaints.stream()
                .flatMap(c -> calls.stream().filter(call -> call.callId().equals(c.callId()))
                        .map(call -> new Pick(call, c.reason())))
                .toList());
    }

    /** The pick for a complaint whose call is already indexed; none while the call has not arrived. */
    Uni<List<Pick>> forComplaint(Complaint complaint) {
        return Sql.rows(CALL, CallRow.class, "id", complaint.callId())
                .map(calls -> calls.stream().map(call -> Pick.outsideEventTime(call, complaint.reason())).toList());
    }
}

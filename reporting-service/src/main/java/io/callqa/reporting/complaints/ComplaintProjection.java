package io.callqa.reporting.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.callqa.events.ComplaintEvent;
import io.callqa.events.ComplaintReceived;
import io.callqa.events.Topics;
import io.callqa.kit.center.CenterConfig;
import io.callqa.reporting.projection.NativeSql;
import io.callqa.reporting.projection.Projection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code qa.complaints.v1} → {@code complaint_fact}: each complaint ticket (投诉工单) once, by its id. */
@ApplicationScoped
public class ComplaintProjection implements Projection<ComplaintEvent> {

    private static final String INSERT = """
            insert into complaint_fact (complaint_id, call_id, agent_id, received_at, day, category, severity,
                                        summary)
            select r.complaint_id, r.call_id, r.agent_id, r.received_at, r.day, r.category, r.severity, r.summary
            from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))
                 as r(complaint_id text, call_id text, agent_id text,
                 received_at timestamptz, day date, category text, severity text, summary text)
            on conflict (complaint_id) do nothing""";

    private final CenterConfig center;

    public ComplaintProjection(CenterConfig center) {
        this.center = center;
    }

    @Override
    public String topic() {
        return Topics.COMPLAINTS;
    }

    @Override
    public Class<ComplaintEvent> family() {
        return ComplaintEvent.class;
    }

    @Override
    public String name() {
        return "report-complaints";
    }

    @Override
    public Uni<Void> apply(List<ComplaintEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        ZoneId zone = center.zone();
        List<Map<String, Object>> rows = events.stream().map(e -> {
            ComplaintReceived c = (ComplaintReceived) e;
            Instant received = c.receivedAt() != null ? c.receivedAt() : c.occurredAt();
            return NativeSql.row("complaint_id", c.complaintId(), "call_id", c.callId(), "agent_id", c.agentId(),
                    "received_at", received, "day", LocalDate.ofInstant(received, zone), "category", c.category(),
                    "severity", c.severity() == null ? ComplaintReceived.Severity.NORMAL.name() : c.severity().name(),
                    "summary", c.summary());
        }).toList();
        return NativeSql.update(INSERT, Map.of("rows", NativeSql.json(rows))).replaceWithVoid();
    }
}

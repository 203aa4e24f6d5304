package io.callqa.reporting.intervals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.callqa.events.IntervalClosed;
import io.callqa.events.IntervalEvent;
import io.callqa.events.IntervalUpdated;
import io.callqa.events.Topics;
import io.callqa.kit.center.CenterConfig;
import io.callqa.reporting.projection.NativeSql;
import io.callqa.reporting.projection.Projection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code qa.intervals.v1} → {@code interval_fact}: each interval's figures as of the newest watermark, whether
 * the closing or a late update arrives first.
 */
@ApplicationScoped
public class IntervalProjection implements Projection<IntervalEvent> {

    private static final String UPSERT = """
            insert into interval_fact as f (scope, queue_id, start_at, end_at, length_minutes, day, offered,
                                       answered_within, abandoned, service_level, target, verdict, watermark)
            select distinct on (r.scope, r.queue_id, r.length_minutes, r.start_at)
                   r.scope, r.queue_id, r.start_at, r.end_at, r.length_minutes, r.day, r.offered, r.answered_within,
                   r.abandoned, r.service_level, r.target, r.verdict, r.watermark
            from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))
                 as r(scope text, queue_id text, start_at timestamptz,
                 end_at timestamptz, length_minutes integer, day date, offered integer, answered_within integer,
                 abandoned integer, service_level numeric, target numeric, verdict text, watermark timestamptz)
            order by r.scope, r.queue_id, r.length_minutes, r.start_at, r.watermark desc
            on conflict (scope, queue_id, length_minutes, start_at) do update set
                end_at = excluded.end_at, day = excluded.day, offered = excluded.offered,
                answered_within = excluded.answered_within, abandoned = excluded.abandoned,
                service_level = excluded.service_level, target = excluded.target, verdict = excluded.verdict,
                watermark = excluded.watermark
            where excluded.watermark >= f.watermark""";

    private final CenterConfig center;

    public IntervalProjection(CenterConfig center) {
        this.center = center;
    }

    @Override
    public String topic() {
        return Topics.INTERVALS;
    }

    @Override
    public Class<IntervalEvent> family() {
        return IntervalEvent.class;
    }

    @Override
    public String name() {
        return "report-intervals";
    }

    @Override
    public Uni<Void> apply(List<IntervalEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        ZoneId zone = center.zone();
        List<Map<String, Object>> rows = events.stream().map(e -> row(e, zone)).toList();
        return NativeSql.update(UPSERT, Map.of("rows", NativeSql.json(rows))).replaceWithVoid();
    }

    private static Map<String, Object> row(IntervalEvent e, ZoneId zone) {
        IntervalEvent.Figures f = e.figures();
        return NativeSql.row("scope", e.scope().name(), "queue_id", e.queueId() == null ? "" : e.queueId(),
                "start_at", e.start(), "end_at", e.end(), "length_minutes", lengthMinutes(e),
                "day", LocalDate.ofInstant(e.start(), zone), "offered", f.offered(),
                "answered_within", f.answeredWithin(), "abandoned", f.abandoned(), "service_level", f.serviceLevel(),
                "target", f.target(), "verdict", f.verdict().name(), "watermark", watermark(e));
    }

    private static int lengthMinutes(IntervalEvent e) {
        return e instanceof IntervalUpdated u ? u.lengthMinutes() : ((IntervalClosed) e).lengthMinutes();
    }

    /** The watermark the figures are as of (the event's time when a producer left it out). */
    private static Instant watermark(IntervalEvent e) {
        Instant watermark = e instanceof IntervalUpdated u ? u.watermark() : ((IntervalClosed) e).watermark();
        return watermark != null ? watermark : e.occurredAt();
    }
}

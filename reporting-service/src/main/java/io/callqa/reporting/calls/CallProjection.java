package io.callqa.reporting.calls;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.callqa.events.CallEvent;
import io.callqa.events.CallRecorded;
import io.callqa.events.Topics;
import io.callqa.kit.center.CenterConfig;
import io.callqa.reporting.projection.NativeSql;
import io.callqa.reporting.projection.Projection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code qa.calls.v1} → {@code caller_call} (each call once, by call id) and the day sums of {@code call_day} with
 * their month sums in {@code call_month}.
 * Only calls not stored before are summed, so a call published twice counts once. Then every answered inbound
 * call of the batch's callers that another call of the same caller followed within the repeat window is marked
 * repeated, once, and counted on its own day: whichever of the two calls arrives first.
 */
@ApplicationScoped
public class CallProjection implements Projection<CallEvent> {

    private static final String STORE = """
            insert into caller_call (call_id, caller_hash, agent_id, team_id, queue_id, day, started_at, ended_at,
                                     inbound, answered, talk_seconds)
            select r.call_id, r.caller_hash, r.agent_id, r.team_id, r.queue_id, r.day, r.started_at, r.ended_at,
                   r.inbound, r.answered, r.talk_seconds
            from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))
                 as r(call_id text, caller_hash text, agent_id text,
                 team_id text, queue_id text, day date, started_at timestamptz, ended_at timestamptz,
                 inbound boolean, answered boolean, talk_seconds integer)
            on conflict (call_id) do nothing
            returning call_id""";

    /** The additive columns of {@code call_day} and {@code call_month} a call adds to. */
    private static final List<String> SUMS = List.of("calls", "offered", "answered", "abandoned", "answered_within",
            "handle_seconds", "wait_seconds", "csat_sum", "csat_count");

    /** The batch's fresh calls added to their day's and their month's sums, in one statement. */
    private static final String SUM = """
            with g as (
                select r.day, r.agent_id, r.team_id, r.queue_id, %1$s
                from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))
                     as r(day date, agent_id text, team_id text, queue_id text,
                     calls integer, offered integer, answered integer, abandoned integer, answered_within integer,
                     handle_seconds bigint, wait_seconds bigint, csat_sum integer, csat_count integer)
                group by r.day, r.agent_id, r.team_id, r.queue_id),
            days as (
                insert into call_day as d (day, agent_id, team_id, queue_id, %2$s)
                select day, agent_id, team_id, queue_id, %2$s from g
                on conflict (day, agent_id, team_id, queue_id) do update set %3$s)
            insert into call_month as d (month, agent_id, team_id, %2$s)
            select cast(date_trunc('month', day) as date), agent_id, team_id, %4$s from g
            group by cast(date_trunc('month', day) as date), agent_id, team_id
            on conflict (month, agent_id, team_id) do update set %3$s""".formatted(
            columns("sum(r.%s) as %<s"), columns("%s"), columns("%s = d.%<s + excluded.%<s"), columns("sum(%s)"));

    private static final String REPEATS = """
            with marked as (
                update caller_call c set repeated = true
                where c.caller_hash = any(string_to_array(:callers, ',')) and c.inbound and c.answered
                  and not c.repeated
                  and exists (select 1 from caller_call n
                              where n.caller_hash = c.caller_hash and n.inbound and n.call_id <> c.call_id
                                and n.started_at > c.ended_at
                                and n.started_at <= c.ended_at + cast(:window as bigint) * interval '1 second')
                returning c.day, c.agent_id, c.team_id, c.queue_id),
            days as (
                insert into call_day as d (day, agent_id, team_id, queue_id, repeated)
                select day, agent_id, team_id, queue_id, count(*) from marked group by day, agent_id, team_id, queue_id
                on conflict (day, agent_id, team_id, queue_id) do update set repeated = d.repeated + excluded.repeated)
            insert into call_month as d (month, agent_id, team_id, repeated)
            select cast(date_trunc('month', day) as date), agent_id, team_id, count(*) from marked
            group by cast(date_trunc('month', day) as date), agent_id, team_id
            on conflict (month, agent_id, team_id) do update set repeated = d.repeated + excluded.repeated""";

    private final CenterConfig center;
    private final CallsConfig config;

    public CallProjection(CenterConfig center, CallsConfig config) {
        this.center = center;
        this.config = config;
    }

    @Override
    public String topic() {
        return Topics.CALLS;
    }

    @Override
    public Class<CallEvent> family() {
        return CallEvent.class;
    }

    @Override
    public String name() {
        return "report-calls";
    }

    @Override
    public Uni<Void> apply(List<CallEvent> events) {
        Map<String, CallRecorded> calls = new LinkedHashMap<>();
        for (CallEvent event : events) {
            CallRecorded call = (CallRecorded) event;
            calls.putIfAbsent(call.callId(), call);
        }
        if (calls.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        ZoneId zone = center.zone();
        List<Map<String, Object>> rows = calls.values().stream().map(c -> stored(c, zone)).toList();
        return NativeSql.strings(STORE, Map.of("rows", NativeSql.json(rows)))
                .map(Set::copyOf)
                .chain(fresh -> sum(calls, fresh, zone));
    }

    private Uni<Void> sum(Map<String, CallRecorded> calls, Set<String> fresh, ZoneId zone) {
        List<Map<String, Object>> sums = new ArrayList<>();
        Set<String> callers = new TreeSet<>();
        for (String id : fresh) {
            CallRecorded call = calls.get(id);
            sums.add(summed(call, zone));
            if (call.callerHash() != null && call.direction() == CallRecorded.Direction.INBOUND) {
                callers.add(call.callerHash());
            }
        }
        if (sums.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Integer> summed = NativeSql.update(SUM, Map.of("rows", NativeSql.json(sums)));
        if (callers.isEmpty()) {
            return summed.replaceWithVoid();
        }
        return summed.chain(() -> NativeSql.update(REPEATS, Map.of("callers", String.join(",", callers),
                "window", config.repeatWindow().toSeconds()))).replaceWithVoid();
    }

    private static Map<String, Object> stored(CallRecorded call, ZoneId zone) {
        Instant started = started(call);
        return NativeSql.row("call_id", call.callId(), "caller_hash", call.callerHash(),
                "agent_id", blank(call.agentId()), "team_id", blank(call.teamId()), "queue_id", blank(call.queueId()),
                "day", LocalDate.ofInstant(started, zone), "started_at", started,
                "ended_at", Objects.requireNonNullElse(call.endedAt(), started),
                "inbound", call.direction() == CallRecorded.Direction.INBOUND, "answered", call.answered(),
                "talk_seconds", call.talkSeconds());
    }

    private Map<String, Object> summed(CallRecorded call, ZoneId zone) {
        CallFigures f = CallFigures.of(call, config.answerThreshold());
        return NativeSql.row("day", LocalDate.ofInstant(started(call), zone), "agent_id", blank(call.agentId()),
                "team_id", blank(call.teamId()), "queue_id", blank(call.queueId()), "calls", 1,
                "offered", f.offered(), "answered", f.answered(), "abandoned", f.abandoned(),
                "answered_within", f.answeredWithin(), "handle_seconds", f.handleSeconds(),
                "wait_seconds", f.waitSeconds(), "csat_sum", f.csatSum(), "csat_count", f.csatCount());
    }

    /** When the call began: it entered the queue, else was answered, else ended (the day it counts on). */
    static Instant started(CallRecorded call) {
        return call.enqueuedAt() != null ? call.enqueuedAt()
                : call.answeredAt() != null ? call.answeredAt() : call.endedAt();
    }

    /** Each of {@link #SUMS} put into {@code format} (its one argument), comma-separated. */
    private static String columns(String format) {
        return SUMS.stream().map(format::formatted).collect(Collectors.joining(", "));
    }

    private static String blank(String id) {
        return id == null ? "" : id;
    }
}

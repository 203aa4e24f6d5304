package io.callqa.sampling.calls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.callqa.events.CallEvent;
import io.callqa.events.CallRecorded;
import io.callqa.kit.center.CenterConfig;
import io.callqa.sampling.intervals.IntervalGrid;
import io.callqa.sampling.intervals.SlaConfig;
import io.callqa.sampling.store.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the call index in one set-based statement per batch: each call stored once by {@code callId}; a later
 * record of the same call replaces the stored one only when it is newer. The team comes from the record, else
 * from the roster. Answers the calls that are new or changed, for the rules.
 */
@ApplicationScoped
public class CallIndexer {

    private static final String UPSERT = """
            with incoming as (
                select * from json_to_recordset(cast(cast(:rows as text) as json)) as r(
                    call_id text, agent_id text, team_id text, queue_id text, channel text, direction text,
                    outcome text, enqueued_at timestamptz, answered_at timestamptz, ended_at timestamptz,
                    talk_seconds integer, wait_seconds integer, caller_hash text, recording_uri text,
                    wrap_up_code text, recorded_at timestamptz, interval_start timestamptz, interval_end timestamptz)),
            previous as (
                select c.call_id, c.interval_start
                from incoming i cross join lateral (select * from call c where c.call_id = i.call_id limit 1) c),
            upserted as (
                insert into call (call_id, agent_id, team_id, queue_id, channel, direction, outcome, enqueued_at,
                                  answered_at, ended_at, talk_seconds, wait_seconds, caller_hash, recording_uri,
                                  wrap_up_code, recorded_at, interval_start, interval_end)
                select i.call_id, i.agent_id, coalesce(i.team_id, a.team_id), i.queue_id, i.channel, i.direction,
                       i.outcome, i.enqueued_at, i.answered_at, i.ended_at, i.talk_seconds, i.wait_seconds,
                       i.caller_hash, i.recording_uri, i.wrap_up_code, i.recorded_at, i.interval_start, i.interval_end
                from incoming i left join agent a on a.agent_id = i.agent_id
                on conflict (call_id) do update set
                    agent_id = excluded.agent_id, team_id = excluded.team_id, queue_id = excluded.queue_id,
                    channel = excluded.channel, direction = excluded.direction, outcome = excluded.outcome,
                    enqueued_at = excluded.enqueued_at, answered_at = excluded.answered_at,
                    ended_at = excluded.ended_at, talk_seconds = excluded.talk_seconds,
                    wait_seconds = excluded.wait_seconds, caller_hash = excluded.caller_hash,
                    recording_uri = excluded.recording_uri, wrap_up_code = excluded.wrap_up_code,
                    recorded_at = excluded.recorded_at,
                    interval_start = excluded.interval_start, interval_end = excluded.interval_end
                where call.recorded_at < excluded.recorded_at
                returning call.call_id, call.team_id, call.agent_id, (xmax = 0) as inserted)
            select u.call_id, u.team_id, u.inserted, p.interval_start as previous_interval_start, a.hire_date
            from upserted u
            left join previous p on p.call_id = u.call_id
            left join agent a on a.agent_id = u.agent_id""";

    private final IntervalGrid grid;

    public CallIndexer(CenterConfig center, SlaConfig sla) {
        this.grid = new IntervalGrid(center.zone(), sla.intervalMinutes());
    }

    /**
     * Indexes the batch; answers the calls new or changed by it, in the order of the batch. The upsert answers
     * only what the batch does not know (resolved team, first record or replacement, previous interval, hire
     * date), so the rows do not travel back from PostgreSQL.
     */
    public Uni<List<CallRow>> index(List<CallEvent> events) {
        Map<String, CallRow> latest = new LinkedHashMap<>();
        events.stream().map(CallRecorded.class::cast)
                .sorted(Comparator.comparing(CallRecorded::occurredAt))
                .forEach(c -> latest.put(c.callId(), CallRow.incoming(c, grid)));
        List<String> order = events.stream().map(e -> ((CallRecorded) e).callId()).distinct().toList();
        return Sql.rows(UPSERT, CallRow.Stored.class, "rows", Sql.json(latest.values()))
                .map(stored -> inOrder(latest, stored, order));
    }

    private static List<CallRow> inOrder(Map<String, CallRow> incoming, List<CallRow.Stored> stored,
            List<String> order) {
        Map<String, CallRow.Stored> byId = stored.stream()
                .collect(Collectors.toMap(CallRow.Stored::callId, Function.identity()));
        List<CallRow> changed = new ArrayList<>(byId.size());
        for (String callId : order) {
            CallRow.Stored row = byId.get(callId);
            if (row != null) {
                changed.add(incoming.get(callId).indexed(row));
            }
        }
        return changed;
    }
}

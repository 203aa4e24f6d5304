package io.callqa.ingest.adapters.asterisk;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What ingest keeps between queue_log uploads, in the transaction of an upload: the lines of calls not yet ended
 * (callers' numbers already protected) and the first queue stay of each callid. Uploads are serialised by a
 * transaction-scoped advisory lock, so two uploads never complete the same call twice.
 */
@ApplicationScoped
public class PendingQueueLog {

    static final long LOCK = 0x7175_6575_6c6f_6701L;

    /** The state of the callids an upload mentions. */
    record Loaded(List<String> lines, Map<String, Instant> firstStays) {
    }

    Uni<Loaded> load(SqlClient tx, Set<String> callIds) {
        String[] ids = callIds.toArray(String[]::new);
        return tx.preparedQuery("select pg_advisory_xact_lock($1)").execute(Tuple.of(LOCK))
                .chain(() -> tx.preparedQuery("select line from asterisk_pending_line where call_id = any($1) "
                        + "order by seq").execute(Tuple.of(ids)))
                .map(rows -> {
                    List<String> lines = new ArrayList<>();
                    rows.forEach(row -> lines.add(row.getString(0)));
                    return lines;
                })
                .chain(lines -> tx.preparedQuery("select call_id, first_enqueued_at from asterisk_first_stay "
                        + "where call_id = any($1)").execute(Tuple.of(ids))
                        .map(rows -> new Loaded(lines, firstStays(rows))));
    }

    Uni<Void> save(SqlClient tx, Set<String> callIds, Map<String, List<String>> pending,
            Map<String, Instant> firstStays, Instant now) {
        List<String> pendingIds = new ArrayList<>();
        List<String> pendingLines = new ArrayList<>();
        pending.forEach((id, lines) -> lines.forEach(line -> {
            pendingIds.add(id);
            pendingLines.add(line);
        }));
        return tx.preparedQuery("delete from asterisk_pending_line where call_id = any($1)")
                .execute(Tuple.of(callIds.toArray(String[]::new)))
                .chain(() -> tx.preparedQuery("insert into asterisk_pending_line (call_id, line, received_at) "
                        + "select * from unnest($1::text[], $2::text[]) as t, (select $3::timestamptz) as r")
                        .execute(Tuple.of(pendingIds.toArray(String[]::new), pendingLines.toArray(String[]::new),
                                utc(now))))
                .chain(() -> tx.preparedQuery("insert into asterisk_first_stay (call_id, first_enqueued_at) "
                        + "select * from unnest($1::text[], $2::timestamptz[]) on conflict (call_id) do nothing")
                        .execute(Tuple.of(firstStays.keySet().toArray(String[]::new),
                                firstStays.values().stream().map(PendingQueueLog::utc).toArray(OffsetDateTime[]::new))))
                .replaceWithVoid();
    }

    /**
     * Forgets first stays older than {@code cutoff}, and expires the pending lines of calls that have not ended
     * since then (their ending line will not come any more): the callids expired, to be logged and counted.
     */
    public Uni<List<String>> expireBefore(SqlClient client, Instant cutoff) {
        return client.preparedQuery("delete from asterisk_first_stay where first_enqueued_at < $1")
                .execute(Tuple.of(utc(cutoff)))
                .chain(() -> client.preparedQuery("delete from asterisk_pending_line where call_id in (select call_id "
                        + "from asterisk_pending_line group by call_id having max(received_at) < $1) "
                        + "returning call_id").execute(Tuple.of(utc(cutoff))))
                .map(rows -> {
                    List<String> expired = new ArrayList<>();
                    rows.forEach(row -> {
                        if (!expired.contains(row.getString(0))) {
                            expired.add(row.getString(0));
                        }
                    });
                    return expired;
                });
    }

    private static Map<String, Instant> firstStays(Iterable<Row> rows) {
        Map<String, Instant> first = new HashMap<>();
        rows.forEach(row -> first.put(row.getString(0), row.getOffsetDateTime(1).toInstant()));
        return first;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

package io.callqa.ingest.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The deduplication window: which ids (of calls, complaints) were published recently. A claim inserts the ids
 * of a request in one statement; it wins for ids not seen within the window, or seen with an older vendor
 * version. The claim runs in the same transaction as the publish, so a failed publish leaves no claim behind,
 * and a second ingest instance claiming the same id waits on the row and then sees it taken.
 */
@ApplicationScoped
public class AcceptedRecords {

    static final String CLAIM = """
            insert into accepted_record (kind, id, version, event_id, accepted_at)
            select $1, t.id, t.version, t.event_id, $5
              from unnest($2::text[], $3::timestamptz[], $4::uuid[]) as t(id, version, event_id)
            on conflict (kind, id) do update
               set version = excluded.version, event_id = excluded.event_id, accepted_at = excluded.accepted_at
             where accepted_record.accepted_at < $6 or excluded.version > accepted_record.version
            returning id""";

    private final Pool pool;

    public AcceptedRecords(Pool pool) {
        this.pool = pool;
    }

    /** One id to claim, with the event that will carry it and the vendor's version (nullable). */
    public record Claim(String id, UUID eventId, Instant version) {
    }

    /** The ids this transaction won; the rest are duplicates. */
    public Uni<Set<String>> claim(SqlClient tx, String kind, List<Claim> claims, Instant now, Duration window) {
        if (claims.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        List<Claim> ordered = claims.stream().sorted(Comparator.comparing(Claim::id)).toList();
        Tuple args = Tuple.tuple()
                .addString(kind)
                .addArrayOfString(ordered.stream().map(Claim::id).toArray(String[]::new))
                .addArrayOfOffsetDateTime(ordered.stream().map(c -> utc(c.version())).toArray(OffsetDateTime[]::new))
                .addArrayOfUUID(ordered.stream().map(Claim::eventId).toArray(UUID[]::new))
                .addOffsetDateTime(utc(now))
                .addOffsetDateTime(utc(now.minus(window)));
        return tx.preparedQuery(CLAIM).execute(args).map(rows -> {
            Set<String> won = new HashSet<>();
            rows.forEach(row -> won.add(row.getString(0)));
            return won;
        });
    }

    /** The event that published an id, when it is still in the window. */
    public Uni<UUID> eventIdOf(String kind, String id) {
        return pool.preparedQuery("select event_id from accepted_record where kind = $1 and id = $2")
                .execute(Tuple.of(kind, id))
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next().getUUID(0) : null);
    }

    /** Forgets ids accepted before the start of the window. */
    public Uni<Integer> forgetBefore(Instant windowStart) {
        return pool.preparedQuery("delete from accepted_record where accepted_at < $1")
                .execute(Tuple.of(utc(windowStart))).map(rows -> rows.rowCount());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

package io.callqa.reporting.bulletin;

import static io.callqa.reporting.bulletin.SqlValues.date;
import static io.callqa.reporting.bulletin.SqlValues.instant;
import static io.callqa.reporting.bulletin.SqlValues.integer;
import static io.callqa.reporting.bulletin.SqlValues.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code bulletin} table: bulletins kept per week. */
@ApplicationScoped
public class BulletinStore {

    private static final String COLUMNS = "week, week_start, first_generated_at, generated_at, generated_by, version";
    private static final String INSERT = """
            insert into bulletin (week_start, week, first_generated_at, generated_at, generated_by, version, content)
            values (?1, ?2, ?3, ?3, ?4, 1, cast(cast(?5 as text) as jsonb))""";
    private static final String INSERT_IF_MISSING = INSERT + " on conflict (week_start) do nothing";
    private static final String UPSERT = INSERT + """
             on conflict (week_start) do update set generated_at = excluded.generated_at,
                generated_by = excluded.generated_by, content = excluded.content, version = bulletin.version + 1""";

    private final ObjectMapper json;

    public BulletinStore(ObjectMapper json) {
        this.json = json;
    }

    public Uni<StoredBulletin> find(LocalDate monday) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select " + COLUMNS + ", content::text from bulletin where week_start = ?1", Object[].class)
                .setParameter(1, monday).getResultList())
                .map(rows -> rows.isEmpty() ? null : stored(rows.get(0)));
    }

    /** Every kept bulletin, newest week first. */
    public Uni<List<StoredBulletin.Entry>> list() {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select " + COLUMNS + " from bulletin order by week_start desc", Object[].class).getResultList())
                .map(rows -> rows.stream().map(BulletinStore::entry).toList());
    }

    /** Inserts the week's first bulletin; false when one is there already (another instance was quicker). */
    public Uni<Boolean> insertIfMissing(LocalDate monday, Bulletin bulletin, String by, Instant now) {
        return write(INSERT_IF_MISSING, monday, bulletin, by, now).map(rows -> rows > 0);
    }

    /** Inserts the week's bulletin or replaces its content, counting up the version. */
    public Uni<Void> replace(LocalDate monday, Bulletin bulletin, String by, Instant now) {
        return write(UPSERT, monday, bulletin, by, now).replaceWithVoid();
    }

    private Uni<Integer> write(String sql, LocalDate monday, Bulletin bulletin, String by, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(sql).setParameter(1, monday)
                .setParameter(2, bulletin.week()).setParameter(3, now).setParameter(4, by)
                .setParameter(5, write(bulletin)).executeUpdate());
    }

    private static StoredBulletin.Entry entry(Object[] r) {
        LocalDate monday = date(r[1]);
        return new StoredBulletin.Entry(text(r[0]), monday, monday.plusDays(6), instant(r[2]), instant(r[3]),
                text(r[4]), integer(r[5]));
    }

    private StoredBulletin stored(Object[] r) {
        return new StoredBulletin(text(r[0]), date(r[1]), instant(r[2]), instant(r[3]), text(r[4]), integer(r[5]),
                read(text(r[6])));
    }

    private String write(Bulletin bulletin) {
        try {
            return json.writeValueAsString(bulletin);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bulletin not writable as JSON", e);
        }
    }

    private Bulletin read(String content) {
        try {
            return json.readValue(content, Bulletin.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored bulletin unreadable", e);
        }
    }
}

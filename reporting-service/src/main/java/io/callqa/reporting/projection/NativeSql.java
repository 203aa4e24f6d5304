package io.callqa.reporting.projection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.callqa.events.EventJson;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Native statements in the current session's transaction. Batches go to PostgreSQL as one JSON array and are
 * unpacked with {@code jsonb_to_recordset(cast(cast(:rows as text) as jsonb))}, so that a poll of a thousand events
 * is one statement per table. (The text cast matters: a parameter typed jsonb takes a Java string as one JSON
 * string, not as the document it holds.)
 */
public final class NativeSql {

    private NativeSql() {
    }

    /** Runs an insert, update or delete; answers the rows it changed. */
    public static Uni<Integer> update(String sql, Map<String, Object> parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            parameters.forEach(query::setParameter);
            return query.executeUpdate();
        });
    }

    /** Runs a query; answers its rows. */
    public static Uni<List<Object[]>> rows(String sql, Map<String, Object> parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        });
    }

    /** Runs a statement that answers one text column (e.g. {@code returning}); answers its values. */
    public static Uni<List<String>> strings(String sql, Map<String, Object> parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, String.class);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        });
    }

    /**
     * Takes, until the transaction ends, the lock that the samples and the evaluations projections both take before
     * writing {@code sample_fact.evaluated_at} from the other one's rows: otherwise a sample and its evaluation
     * committed concurrently would each miss the other's uncommitted row. A statement of its own, so that the next
     * statement's snapshot (read committed) sees what the previous holder committed.
     */
    public static Uni<Void> lockEvaluatedAt() {
        return lock("sample_fact.evaluated_at");
    }

    /**
     * Takes the transaction-scoped advisory lock of {@code name}, in a statement of its own so that the next
     * statement's snapshot (read committed) sees what the previous holder committed.
     */
    public static Uni<Void> lock(String name) {
        return strings("select cast('locked' as text) from pg_advisory_xact_lock(hashtext(:name))",
                Map.of("name", name)).replaceWithVoid();
    }

    /** One row for {@link #json}: column names and values in turn; values may be null. */
    public static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }

    /** Rows as a JSON array of objects (records' components become fields; instants ISO-8601). */
    public static String json(List<?> rows) {
        try {
            return EventJson.mapper().writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rows not writable as JSON", e);
        }
    }
}

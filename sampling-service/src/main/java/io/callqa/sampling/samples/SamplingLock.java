package io.callqa.sampling.samples;

import io.callqa.sampling.store.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Serialises the transactions that make samples or move interval figures, across every instance: each takes
 * the watermark row's lock first, so two instances never race to sample one call or close one interval, and
 * never deadlock on the rows they share.
 */
@ApplicationScoped
public class SamplingLock {

    private static final String LOCK = "select name from watermark where name = 'calls' for update";

    /** Takes the lock for the rest of the current transaction. */
    public Uni<Void> acquire() {
        return Sql.rows(LOCK, Locked.class).replaceWithVoid();
    }

    record Locked(String name) {
    }
}

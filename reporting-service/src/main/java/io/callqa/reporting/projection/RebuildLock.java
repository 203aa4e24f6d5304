package io.callqa.reporting.projection;

import java.util.Map;

import io.smallrye.mutiny.Uni;

/**
 * The lock between the live projections and a rebuild's swap: each live batch holds it shared for its
 * transaction, from before its inbox claim to its commit; the swap holds it exclusively while it drains the last
 * records and copies the rebuilt tables over. So a batch lands wholly before the swap (and the rebuild read it
 * too) or wholly after it, on the rebuilt tables and inbox.
 */
public final class RebuildLock {

    /** The advisory lock's key: "reporting rebuild" in a number. */
    public static final long KEY = 0x5245_5042_4c44L;

    private static final String SHARED = "select 'held' from pg_advisory_xact_lock_shared(:key)";

    private RebuildLock() {
    }

    /** Holds the lock shared until the current transaction ends. */
    public static Uni<Void> shared() {
        return NativeSql.strings(SHARED, Map.of("key", KEY)).replaceWithVoid();
    }
}

package io.callqa.kit.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Transactions with effects that must happen only once the transaction has committed, such as counting what it
 * stored in a metric: a rolled-back or retried transaction then counts nothing twice.
 */
public final class Transactions {

    private static final String AFTER_COMMIT = "callqa.after-commit";

    private Transactions() {
    }

    /** Runs {@code work} in a transaction, then the actions {@link #afterCommit} registered during it. */
    public static <T> Uni<T> run(Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            Context context = Vertx.currentContext();
            List<Runnable> actions = new ArrayList<>();
            Object outer = context.getLocal(AFTER_COMMIT);
            context.putLocal(AFTER_COMMIT, actions);
            return Panache.withTransaction(work)
                    .eventually(() -> restore(context, outer))
                    .invoke(() -> actions.forEach(Runnable::run));
        });
    }

    /** Registers an action for after the commit of the enclosing {@link #run}. */
    public static void afterCommit(Runnable action) {
        if (!afterCommitIfInRun(action)) {
            throw new IllegalStateException("afterCommit outside Transactions.run");
        }
    }

    /**
     * Registers an action for after the commit of the enclosing {@link #run}, if there is one; answers whether
     * there was. For hints that are harmless to skip (waking a relay that also polls).
     */
    public static boolean afterCommitIfInRun(Runnable action) {
        Context context = Vertx.currentContext();
        List<Runnable> actions = context == null ? null : context.getLocal(AFTER_COMMIT);
        if (actions == null) {
            return false;
        }
        actions.add(action);
        return true;
    }

    private static void restore(Context context, Object outer) {
        if (outer == null) {
            context.removeLocal(AFTER_COMMIT);
        } else {
            context.putLocal(AFTER_COMMIT, outer);
        }
    }
}

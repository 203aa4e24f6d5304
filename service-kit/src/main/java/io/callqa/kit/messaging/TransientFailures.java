package io.callqa.kit.messaging;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Tells a failure of the surroundings (the database unreachable, restarting or shutting down with the service,
 * a serialization conflict) from a failure of the events themselves. The first kind is retried and never
 * dead-lettered: dead-lettering a valid event because the database was away would lose it from the stream.
 */
public final class TransientFailures {

    /** SQLSTATE classes and codes that say "try again later", not "this statement is wrong". */
    private static final Set<String> CLASSES = Set.of("08", "53", "57");
    private static final Set<String> CODES = Set.of("40001", "40P01", "55P03");

    private TransientFailures() {
    }

    /** Whether anything in the failure's chain of causes says the surroundings failed, not the event. */
    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ClosedConnectionException || t instanceof IOException || t instanceof TimeoutException) {
                return true;
            }
            if (t instanceof PgException pg && pg.getSqlState() != null
                    && (CODES.contains(pg.getSqlState()) || CLASSES.contains(pg.getSqlState().substring(0, 2)))) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("Pool closed") || message.contains("Connection is closed")
                    || message.contains("Connection refused"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a failure that outlasted the retries comes from the service stopping: a transient failure, or the
     * executor refusing the next attempt.
     */
    public static boolean stopping(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RejectedExecutionException) {
                return true;
            }
        }
        return is(failure);
    }
}

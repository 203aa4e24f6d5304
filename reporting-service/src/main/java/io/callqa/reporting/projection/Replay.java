package io.callqa.reporting.projection;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Marks work that replays events into fresh tables (a rebuild): what the events meant then has already been
 * counted in the business metrics, so projections skip their metrics while it is marked.
 */
public final class Replay {

    private static final String MARK = "callqa.replay";

    private Replay() {
    }

    /** Marks the Vert.x context the replay's transactions run on. */
    public static void mark(Context context) {
        context.putLocal(MARK, Boolean.TRUE);
    }

    /** Whether the current work is a replay. */
    public static boolean active() {
        Context context = Vertx.currentContext();
        return context != null && Boolean.TRUE.equals(context.getLocal(MARK));
    }
}

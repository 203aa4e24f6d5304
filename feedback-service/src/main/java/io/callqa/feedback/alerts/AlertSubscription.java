package io.callqa.feedback.alerts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import io.smallrye.mutiny.Uni;

/**
 * One open stream: the stored alerts after the client's last event id, then the live ones, each exactly once and in
 * id order. It listens to the live feed <em>before</em> replaying, buffers what arrives meanwhile, and after the
 * replay passes on only buffered and later alerts above the last one sent: nothing committed during the switch-over
 * is lost, nothing is sent twice. Plain Java: the replay and the output are functions.
 */
final class AlertSubscription implements Consumer<AlertView> {

    private final AlertAudience audience;
    private final LongFunction<Uni<List<AlertView>>> replayPage;
    private final int pageSize;
    private final Consumer<AlertView> out;
    private final List<AlertView> buffered = new ArrayList<>();
    private long cursor;
    private boolean replaying;
    private boolean closed;

    /**
     * @param after      the last id the client has (replay starts above it), or null to start with live alerts only
     * @param liveFrom   the id live alerts must exceed when {@code after} is null (the feed's position)
     * @param replayPage the visible alerts above an id, oldest first, at most {@code pageSize}
     */
    AlertSubscription(AlertAudience audience, Long after, long liveFrom, LongFunction<Uni<List<AlertView>>> replayPage,
            int pageSize, Consumer<AlertView> out) {
        this.audience = audience;
        this.replayPage = replayPage;
        this.pageSize = pageSize;
        this.out = out;
        this.cursor = after == null ? liveFrom : after;
        this.replaying = after != null;
    }

    /** Replays the stored alerts (when resuming), then switches to live ones. Call after registering with the feed. */
    Uni<Void> start() {
        return replaying ? replay() : Uni.createFrom().voidItem();
    }

    /** A live alert from the feed. */
    @Override
    public synchronized void accept(AlertView alert) {
        if (replaying) {
            buffered.add(alert);
        } else {
            send(alert);
        }
    }

    synchronized void close() {
        closed = true;
        buffered.clear();
    }

    private Uni<Void> replay() {
        long from;
        synchronized (this) {
            from = cursor;
        }
        return replayPage.apply(from).chain(page -> {
            synchronized (this) {
                page.forEach(this::send);
            }
            if (page.size() >= pageSize && !isClosed()) {
                return replay();
            }
            switchToLive();
            return Uni.createFrom().voidItem();
        });
    }

    private synchronized void switchToLive() {
        replaying = false;
        buffered.sort(Comparator.comparingLong(AlertView::id));
        buffered.forEach(this::send);
        buffered.clear();
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Sends an alert the audience sees and the client does not have yet. */
    private void send(AlertView alert) {
        if (!closed && alert.id() > cursor && audience.sees(alert.teamId())) {
            cursor = alert.id();
            out.accept(alert);
        }
    }
}

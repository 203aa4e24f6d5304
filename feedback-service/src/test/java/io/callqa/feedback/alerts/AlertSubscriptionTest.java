package io.callqa.feedback.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

class AlertSubscriptionTest {

    private static AlertView alert(long id, String team) {
        return new AlertView(id, AlertKind.APPEAL_OVERDUE, "a-1", team, "s", "m", Map.of(), Instant.EPOCH, null, null);
    }

    @Test
    void liveAlertsArrivingDuringTheReplayAreSentOnceAfterIt() {
        List<Long> sent = new ArrayList<>();
        CompletableFuture<List<AlertView>> page = new CompletableFuture<>();
        AlertSubscription subscription = new AlertSubscription(new AlertAudience("t-1"), 3L, -1,
                after -> Uni.createFrom().completionStage(page), 10, a -> sent.add(a.id()));

        subscription.start().subscribe().with(ignored -> {
        });
        subscription.accept(alert(5, "t-1"));
        subscription.accept(alert(7, "t-1"));
        subscription.accept(alert(6, "t-2"));
        page.complete(List.of(alert(4, "t-1"), alert(5, "t-1")));
        subscription.accept(alert(8, "t-1"));
        subscription.accept(alert(7, "t-1"));

        assertEquals(List.of(4L, 5L, 7L, 8L), sent);
    }

    @Test
    void fullPagesAreFollowedByTheNext() {
        List<Long> sent = new ArrayList<>();
        List<Long> asked = new ArrayList<>();
        AlertSubscription subscription = new AlertSubscription(AlertAudience.EVERYONE, 0L, -1, after -> {
            asked.add(after);
            return Uni.createFrom().item(after < 2 ? List.of(alert(after + 1, null), alert(after + 2, "t")) : List.of());
        }, 2, a -> sent.add(a.id()));

        subscription.start().await().indefinitely();

        assertEquals(List.of(0L, 2L), asked);
        assertEquals(List.of(1L, 2L), sent);
    }

    @Test
    void withoutALastEventIdOnlyLiveAlertsAboveTheFeedPositionAreSent() {
        List<Long> sent = new ArrayList<>();
        AlertSubscription subscription = new AlertSubscription(AlertAudience.EVERYONE, null, 10,
                after -> Uni.createFrom().failure(new AssertionError("no replay")), 2, a -> sent.add(a.id()));

        subscription.start().await().indefinitely();
        subscription.accept(alert(10, null));
        subscription.accept(alert(11, null));

        assertEquals(List.of(11L), sent);
    }
}

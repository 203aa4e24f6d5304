package io.callqa.sampling.quota;

import java.time.LocalDate;
import java.util.List;

import io.callqa.sampling.calls.CallRow;
import io.callqa.sampling.samples.Pick;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The monthly RANDOM quota per agent: real-time draws as calls arrive, post-hoc picks when a day is complete.
 * Not wired yet: it picks nothing.
 */
@ApplicationScoped
public class RandomQuota {

    /** RANDOM_REALTIME among the new answered calls that no targeted rule took. */
    public Uni<List<Pick>> realtime(List<CallRow> calls, List<Pick> targeted) {
        return Uni.createFrom().item(List.of());
    }

    /** RANDOM_POSTHOC for a completed day, and the month-end top-up on the month's last day. */
    public Uni<List<Pick>> daily(LocalDate day) {
        return Uni.createFrom().item(List.of());
    }
}

package io.callqa.scoring.findings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.callqa.scoring.checks.ChecksConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Forgets the checks of calls that were never sampled: every call with a transcript is checked as it arrives, but
 * only sampled calls need their findings, so checks older than {@code qa.scoring.checks.keep-unsampled} (45 days,
 * longer than any sampling rule waits) without a task are deleted, every {@code qa.scoring.checks.prune-every}.
 */
@ApplicationScoped
public class FindingPruner {

    private static final String OLD_UNSAMPLED = """
            select c.call_id from transcript_check c
            where c.checked_at < :cutoff and not exists (select 1 from task t where t.call_id = c.call_id)""";

    private final Duration keep;
    private final Clock clock;

    public FindingPruner(ChecksConfig config, Clock clock) {
        this.keep = config.keepUnsampled();
        this.clock = clock;
    }

    @Scheduled(every = "${qa.scoring.checks.prune-every:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> prune() {
        Instant cutoff = clock.instant().minus(keep);
        return Panache.withTransaction(() -> delete("transcript_finding", cutoff)
                        .chain(() -> delete("transcript_check", cutoff)))
                .invoke(calls -> {
                    if (calls > 0) {
                        Log.infof("forgot the transcript checks of %d calls never sampled", calls);
                    }
                })
                .replaceWithVoid();
    }

    private static Uni<Integer> delete(String table, Instant cutoff) {
        return Panache.getSession().chain(s -> s.createNativeQuery("delete from " + table + " where call_id in ("
                + OLD_UNSAMPLED + ")").setParameter("cutoff", cutoff).executeUpdate());
    }
}

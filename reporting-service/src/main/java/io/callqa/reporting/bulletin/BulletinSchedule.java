package io.callqa.reporting.bulletin;

import java.time.Clock;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Generates the bulletin of the week before every Monday at 08:00 center time ({@code qa.reporting.bulletin.cron}),
 * and, every {@code catch-up-every} from {@code catch-up-delay} after start-up, the newest due bulletin if it is
 * missing (an instance that was down on Monday morning). Both insert with "on conflict do nothing", so with
 * several instances each week's bulletin is generated once; a week's bulletin once kept is changed only by a
 * regeneration on request.
 */
@ApplicationScoped
public class BulletinSchedule {

    private final BulletinGenerator generator;
    private final Clock clock;

    public BulletinSchedule(BulletinGenerator generator, Clock clock) {
        this.generator = generator;
        this.clock = clock;
    }

    @Scheduled(identity = "weekly-bulletin", cron = "${qa.reporting.bulletin.cron:0 0 8 ? * MON}",
            timeZone = "${qa.center.zone:Asia/Shanghai}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> weekly() {
        return generateLastDue();
    }

    @Scheduled(identity = "weekly-bulletin-catch-up", every = "${qa.reporting.bulletin.catch-up-every:15m}",
            delayed = "${qa.reporting.bulletin.catch-up-delay:20s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> catchUp() {
        return generateLastDue();
    }

    Uni<Void> generateLastDue() {
        var monday = generator.weeks().lastDue(clock.instant());
        return generator.generateIfMissing(monday)
                .invoke(generated -> {
                    if (generated) {
                        Log.infof("generated the QA bulletin of the week starting %s", monday);
                    }
                })
                .onFailure().invoke(e -> Log.errorf(e, "could not generate the QA bulletin of the week starting %s", monday))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}

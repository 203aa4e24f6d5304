package io.callqa.scoring.scorecards;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Creates version 1 of the default scorecard on first start; a second instance or start changes nothing. */
@ApplicationScoped
public class ScorecardSeeder {

    private static final String INSERT_IF_MISSING = """
            insert into scorecard_version (scorecard_id, version, definition, created_at, created_by)
            values (:id, :version, :definition, now(), 'system') on conflict do nothing""";

    void seed(@Observes StartupEvent event) throws Throwable {
        Scorecard card = DefaultScorecard.v1();
        int inserted = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(INSERT_IF_MISSING)
                        .setParameter("id", card.id())
                        .setParameter("version", card.version())
                        .setParameter("definition", ScorecardVersion.write(card))
                        .executeUpdate())));
        if (inserted > 0) {
            Log.infof("created the default scorecard %s v%d", card.id(), card.version());
        }
    }
}

package io.callqa.scoring.scorecards;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import io.callqa.kit.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads scorecard versions; call inside a session. */
@ApplicationScoped
public class Scorecards {

    /** The newest version of the scorecard, or 404. */
    public Uni<Scorecard> current(String scorecardId) {
        return ScorecardVersion.<ScorecardVersion>find("scorecardId = ?1 order by version desc", scorecardId)
                .firstResult()
                .map(stored -> {
                    if (stored == null) {
                        throw ProblemException.notFound("no scorecard " + scorecardId);
                    }
                    return stored.scorecard();
                });
    }

    /** The newest version of every scorecard. */
    public Uni<List<Scorecard>> allCurrent() {
        return ScorecardVersion.<ScorecardVersion>listAll().map(all -> all.stream()
                .collect(Collectors.toMap(v -> v.scorecardId, v -> v, (a, b) -> a.version > b.version ? a : b))
                .values().stream()
                .map(ScorecardVersion::scorecard)
                .sorted(Comparator.comparing(Scorecard::id))
                .toList());
    }

    public Uni<Scorecard> version(String scorecardId, int version) {
        return ScorecardVersion.<ScorecardVersion>findById(new ScorecardVersion.Key(scorecardId, version))
                .map(stored -> {
                    if (stored == null) {
                        throw ProblemException.notFound("no version " + version + " of scorecard " + scorecardId);
                    }
                    return stored.scorecard();
                });
    }
}

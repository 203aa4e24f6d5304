package io.callqa.feedback.coaching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.callqa.feedback.files.FileEntry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The evaluations the coaching rules look back on, read from the QA file ({@code qa_file_entry}, one row per
 * version, written and flushed before the coaching listener runs) together with the batch being handled, whose
 * revisions may not be filed there: newest figures, placed at the first version's release.
 */
@ApplicationScoped
public class EvaluationHistory {

    /** When the evaluation's first version was released, as far as the QA file or {@code releasedAt} tell. */
    public Uni<Instant> firstRelease(UUID evaluationId, Instant releasedAt) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select min(f.releasedAt) from FileEntry f where f.evaluationId = ?1", Instant.class)
                .setParameter(1, evaluationId).getSingleResultOrNull())
                .map(first -> first != null && first.isBefore(releasedAt) ? first : releasedAt);
    }

    /** The agent's evaluations with a version released at or after {@code from}, plus {@code batch}'s of the agent. */
    public Uni<List<Scored>> ofAgent(String agentId, Instant from, List<Scored> batch) {
        return FileEntry.<FileEntry>list("evaluationId in (select f.evaluationId from FileEntry f "
                + "where f.agentId = ?1 and f.releasedAt >= ?2)", agentId, from)
                .map(rows -> merge(rows, batch.stream().filter(s -> agentId.equals(s.agentId())).toList()));
    }

    /** The team's evaluations with a version released in {@code [from, to)}, plus {@code batch}'s of the team. */
    public Uni<List<Scored>> ofTeam(String teamId, Instant from, Instant to, List<Scored> batch) {
        return FileEntry.<FileEntry>list("evaluationId in (select f.evaluationId from FileEntry f "
                + "where f.teamId = ?1 and f.releasedAt >= ?2 and f.releasedAt < ?3)", teamId, from, to)
                .map(rows -> merge(rows, batch.stream().filter(s -> teamId.equals(s.teamId())).toList()));
    }

    static Scored of(FileEntry e) {
        return new Scored(e.evaluationId, e.version, e.agentId, e.teamId, e.releasedAt, e.totalScore,
                e.criticalFailed, e.items, List.of());
    }

    private static List<Scored> merge(List<FileEntry> rows, List<Scored> batch) {
        List<Scored> all = new ArrayList<>(rows.stream().map(EvaluationHistory::of).toList());
        all.addAll(batch);
        return Scored.latest(all);
    }
}

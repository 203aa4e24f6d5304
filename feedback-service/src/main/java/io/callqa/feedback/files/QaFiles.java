package io.callqa.feedback.files;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.callqa.events.EvaluationEvent;
import io.callqa.events.EvaluationReleased;
import io.callqa.kit.persistence.Entities;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Files each released evaluation (each version once) in its agent's QA file. Runs in the batch's transaction. */
@ApplicationScoped
public class QaFiles {

    public Uni<Void> file(List<EvaluationEvent> events) {
        List<FileEntry> entries = events.stream()
                .map(e -> FileEntry.of((EvaluationReleased) e))
                .collect(Collectors.toMap(FileEntry::key, e -> e, (a, b) -> a))
                .values().stream().toList();
        return FileEntry.<FileEntry>list("evaluationId in ?1", entries.stream().map(e -> e.evaluationId).toList())
                .map(stored -> stored.stream().map(FileEntry::key).collect(Collectors.toSet()))
                .chain(known -> Entities.persistAll(unknown(entries, known)));
    }

    private static List<FileEntry> unknown(List<FileEntry> entries, Set<FileEntry.Key> known) {
        return entries.stream().filter(e -> !known.contains(e.key())).toList();
    }
}

package io.callqa.feedback.files;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.callqa.events.EvaluationEvent;
import io.callqa.feedback.evaluations.EvaluationListener;
import io.callqa.kit.persistence.Entities;
import io.callqa.kit.persistence.Transactions;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Files each released or revised evaluation (each version once) in its agent's QA file, in the batch's transaction, and once
 * that is committed counts it in {@code qa.feedback.files.filed}.
 */
@ApplicationScoped
public class QaFiles implements EvaluationListener {

    private final MeterRegistry registry;

    public QaFiles(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Uni<Void> on(List<EvaluationEvent> events) {
        List<FileEntry> entries = events.stream()
                .flatMap(e -> FileEntry.of(e).stream())
                .collect(Collectors.toMap(FileEntry::key, e -> e, (a, b) -> a))
                .values().stream().toList();
        return FileEntry.<FileEntry>list("evaluationId in ?1", entries.stream().map(e -> e.evaluationId).toList())
                .map(stored -> stored.stream().map(FileEntry::key).collect(Collectors.toSet()))
                .map(known -> unknown(entries, known))
                .invoke(filed -> Transactions.afterCommit(() -> registry.counter("qa.feedback.files.filed")
                        .increment(filed.size())))
                .chain(Entities::persistAll)
                .chain(Panache::flush);
    }

    private static List<FileEntry> unknown(List<FileEntry> entries, Set<FileEntry.Key> known) {
        return entries.stream().filter(e -> !known.contains(e.key())).toList();
    }
}

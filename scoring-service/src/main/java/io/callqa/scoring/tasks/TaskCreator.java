package io.callqa.scoring.tasks;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.callqa.events.SampleEvent;
import io.callqa.events.SampleSelected;
import io.callqa.kit.persistence.Entities;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Every {@code SampleSelected} becomes one task, however often it is delivered. Runs in the batch's transaction. */
@ApplicationScoped
public class TaskCreator {

    private final Clock clock;

    public TaskCreator(Clock clock) {
        this.clock = clock;
    }

    public Uni<Void> create(List<SampleEvent> events) {
        List<SampleSelected> samples = events.stream().map(SampleSelected.class::cast).toList();
        return Task.<Task>list("sampleId in ?1", samples.stream().map(SampleSelected::sampleId).toList())
                .map(existing -> existing.stream().map(t -> t.sampleId).collect(Collectors.toSet()))
                .chain(known -> Entities.persistAll(newTasks(samples, known)));
    }

    private List<Task> newTasks(List<SampleSelected> samples, Set<java.util.UUID> known) {
        return samples.stream()
                .filter(s -> !known.contains(s.sampleId()))
                .collect(Collectors.toMap(SampleSelected::sampleId, s -> s, (a, b) -> a))
                .values().stream()
                .map(s -> Task.of(s, clock.instant()))
                .toList();
    }
}

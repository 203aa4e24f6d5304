package io.callqa.scoring.tasks;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.callqa.events.SampleEvent;
import io.callqa.events.SampleSelected;
import io.callqa.events.SampleUpdated;
import io.callqa.kit.persistence.Entities;
import io.callqa.scoring.plans.TaskAssignments;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Every {@code SampleSelected} becomes one task, however often it is delivered; a {@code SampleUpdated} updates it.
 * Runs in the batch's transaction, then hands the waiting tasks out under this month's plan.
 */
@ApplicationScoped
public class TaskCreator {

    private final TaskAssignments assignments;
    private final Clock clock;

    public TaskCreator(TaskAssignments assignments, Clock clock) {
        this.assignments = assignments;
        this.clock = clock;
    }

    public Uni<Void> create(List<SampleEvent> events) {
        List<SampleSelected> samples = events.stream().filter(SampleSelected.class::isInstance)
                .map(SampleSelected.class::cast).toList();
        List<SampleUpdated> updates = events.stream().filter(SampleUpdated.class::isInstance)
                .map(SampleUpdated.class::cast).toList();
        return Task.<Task>list("sampleId in ?1", samples.stream().map(SampleSelected::sampleId).toList())
                .map(existing -> existing.stream().map(t -> t.sampleId).collect(Collectors.toSet()))
                .chain(known -> Entities.persistAll(newTasks(samples, known)))
                .chain(() -> update(updates))
                .call(Panache::flush)
                .call(assignments::assignWaiting);
    }

    /** {@code SampleUpdated}: the sample's task (made from its earlier {@code SampleSelected}) follows it. */
    private Uni<Void> update(List<SampleUpdated> updates) {
        if (updates.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<UUID, SampleUpdated> latest = updates.stream()
                .collect(Collectors.toMap(SampleUpdated::sampleId, u -> u, (a, b) -> b));
        return Task.<Task>list("sampleId in ?1", List.copyOf(latest.keySet()))
                .invoke(tasks -> tasks.forEach(t -> t.update(latest.get(t.sampleId))))
                .replaceWithVoid();
    }

    private List<Task> newTasks(List<SampleSelected> samples, Set<UUID> known) {
        return samples.stream()
                .filter(s -> !known.contains(s.sampleId()))
                .collect(Collectors.toMap(SampleSelected::sampleId, s -> s, (a, b) -> a))
                .values().stream()
                .map(s -> Task.of(s, clock.instant()))
                .toList();
    }
}

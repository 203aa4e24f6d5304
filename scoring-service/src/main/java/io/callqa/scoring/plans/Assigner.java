package io.callqa.scoring.plans;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Hands out unassigned tasks under a monthly plan. Tasks go in {@link #ORDER}; each goes to the eligible person
 * with the lowest (done + open) ÷ target, ties to the larger remaining target (target − done − open), then the
 * smaller person id. Eligible: in the plan, not the agent whose call it is, and fewer than {@code openCap} open
 * tasks. Every assignment raises that person's open count before the next task is placed, so one batch spreads
 * like water filling: whoever gets a task was, at that moment, no more than one of their own tasks ahead of anyone
 * else who could have taken it. Loads are compared exactly, by cross-multiplying in {@code long}.
 */
public final class Assigner {

    /**
     * The work order: URGENT first whatever the mode, then REALTIME by due time, then the rest HIGH before NORMAL;
     * within each of these by due time, and ties by task id so the order never depends on the input's.
     */
    public static final Comparator<Candidate> ORDER = Comparator.comparingInt(Assigner::tier)
            .thenComparing(Candidate::dueAt)
            .thenComparing(Candidate::taskId);

    private static final Comparator<Workload> PREFERENCE = ((Comparator<Workload>) Workload::compareLoad)
            .thenComparing(Comparator.comparingLong(Workload::remaining).reversed())
            .thenComparing(Workload::personId);

    private final int openCap;

    /** @param openCap the most open tasks one person may hold; at least 1 */
    public Assigner(int openCap) {
        if (openCap < 1) {
            throw new IllegalArgumentException("openCap must be at least 1, was " + openCap);
        }
        this.openCap = openCap;
    }

    /**
     * Assigns {@code tasks} among {@code people} (this month's plan with their done and open counts). Returns the
     * assignments in the order they were made; a task nobody may take is left out and stays in the shared queue.
     */
    public List<Assignment> assign(List<Candidate> tasks, List<Workload> people) {
        Map<String, Workload> loads = byPerson(people);
        List<Assignment> assignments = new ArrayList<>();
        for (Candidate task : requireDistinct(tasks).stream().sorted(ORDER).toList()) {
            pick(task, loads.values()).ifPresent(person -> {
                loads.put(person.personId(), person.plusOneOpen());
                assignments.add(new Assignment(task.taskId(), person.personId()));
            });
        }
        return assignments;
    }

    /** The eligible person with the lowest load, or empty when nobody may take the task. */
    Optional<Workload> pick(Candidate task, Collection<Workload> people) {
        return people.stream().filter(person -> mayTake(person, task)).min(PREFERENCE);
    }

    /** Not the agent whose call it is, and still under the cap of open tasks. */
    boolean mayTake(Workload person, Candidate task) {
        return !person.personId().equals(task.agentId()) && person.open() < openCap;
    }

    /** 0 URGENT; 1 REALTIME; 2 HIGH; 3 NORMAL. */
    private static int tier(Candidate task) {
        if (task.isUrgent()) {
            return 0;
        }
        return task.isRealtime() ? 1 : 1 + task.priorityRank();
    }

    private static Map<String, Workload> byPerson(List<Workload> people) {
        Map<String, Workload> loads = new LinkedHashMap<>();
        for (Workload person : people) {
            if (loads.putIfAbsent(person.personId(), person) != null) {
                throw new IllegalArgumentException("person " + person.personId() + " appears twice in the plan");
            }
        }
        return loads;
    }

    private static List<Candidate> requireDistinct(List<Candidate> tasks) {
        Set<UUID> seen = new HashSet<>();
        for (Candidate task : tasks) {
            if (!seen.add(task.taskId())) {
                throw new IllegalArgumentException("task " + task.taskId() + " is offered twice");
            }
        }
        return tasks;
    }
}

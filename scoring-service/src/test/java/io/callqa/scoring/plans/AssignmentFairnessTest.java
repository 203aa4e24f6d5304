package io.callqa.scoring.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Fairness of {@link Assigner} over 1,000 tasks and seven people with different targets and starting counts.
 * Write w = done + open and r = w ÷ target after the assignment.
 *
 * <p><b>Claim.</b> If person j received at least one task, and person i could have taken the last task j received
 * (i is not that call's agent and was under the cap then), then r_j − r_i ≤ 1/t_j: j is at most one of j's own
 * tasks ahead of i. In integers: w_j·t_i − w_i·t_j ≤ t_i.
 *
 * <p><b>Proof.</b> When j got that task, j had the lowest load among those who could take it, so
 * (w_j − 1)/t_j ≤ w_i'/t_i, where w_i' is i's count then. Afterwards w_j stays the same (j got no more tasks) and
 * w_i ≥ w_i' (counts only grow). Hence w_j/t_j − 1/t_j ≤ w_i/t_i. ∎
 *
 * <p><b>Corollary (the "at most one task's worth").</b> If every person received at least one task and
 * each person's last task was open to everyone in the plan, then for every pair
 * |r_i − r_j| ≤ max(1/t_i, 1/t_j) = 1/min(t_i, t_j), in integers |w_i·t_j − w_j·t_i| ≤ max(t_i, t_j); the
 * sharper one-sided form is that whoever is ahead is within one of their <i>own</i> tasks. The preconditions
 * matter: someone who starts the month further ahead than the batch can fill gets nothing and stays ahead, and a
 * run of tasks on one planned person's calls at the very end of the queue can leave that person behind.
 * Each test asserts the preconditions it relies on.
 */
class AssignmentFairnessTest {

    private static final int[] TARGETS = {100, 150, 200, 120, 80, 250, 100};
    private static final int[] DONE = {10, 40, 0, 30, 5, 60, 20};
    private static final int[] OPEN = {3, 0, 0, 2, 0, 5, 1};
    private static final Instant MONTH = Instant.parse("2026-10-31T16:00:00Z");
    private static final int TASKS = 1_000;

    private static List<Workload> plan() {
        List<Workload> people = new ArrayList<>();
        for (int i = 0; i < TARGETS.length; i++) {
            people.add(new Workload("e" + i, TARGETS[i], DONE[i], OPEN[i]));
        }
        return people;
    }

    /** 1,000 tasks with mixed priority, mode and due time, on calls of agents outside the plan. */
    private static List<Candidate> tasks(long seed) {
        Random random = new Random(seed);
        List<Candidate> tasks = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            int p = random.nextInt(100);
            String priority = p < 5 ? "URGENT" : p < 30 ? "HIGH" : "NORMAL";
            String mode = random.nextInt(10) < 3 ? "REALTIME" : "POSTHOC";
            Instant due = MONTH.plusSeconds(60L * random.nextInt(30 * 24 * 60));
            tasks.add(new Candidate(new UUID(random.nextLong(), random.nextLong()), priority, mode, due,
                    "agent-" + random.nextInt(300)));
        }
        return tasks;
    }

    /** The tasks in work order, the {@code share} of those before {@code openTail} put on planned people's calls. */
    private static List<Candidate> onPlannedCalls(List<Candidate> tasks, double share, int openTail, long seed) {
        Random random = new Random(seed);
        List<Candidate> ordered = tasks.stream().sorted(Assigner.ORDER).toList();
        List<Candidate> result = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Candidate task = ordered.get(i);
            boolean planned = i < ordered.size() - openTail && random.nextDouble() < share;
            String agent = planned ? "e" + random.nextInt(TARGETS.length) : task.agentId();
            result.add(new Candidate(task.taskId(), task.priority(), task.mode(), task.dueAt(), agent));
        }
        return result;
    }

    /** Everyone's workload once the assignments are added to their open counts. */
    private static Map<String, Workload> after(List<Workload> people, List<Assignment> made) {
        Map<String, Long> extra = made.stream()
                .collect(Collectors.groupingBy(Assignment::personId, Collectors.counting()));
        Map<String, Workload> result = new LinkedHashMap<>();
        for (Workload p : people) {
            int open = p.open() + extra.getOrDefault(p.personId(), 0L).intValue();
            result.put(p.personId(), new Workload(p.personId(), p.target(), p.done(), open));
        }
        return result;
    }

    /** Each person's last task, by person id. */
    private static Map<String, Candidate> lastTasks(List<Candidate> tasks, List<Assignment> made) {
        Map<UUID, Candidate> byId = tasks.stream().collect(Collectors.toMap(Candidate::taskId, Function.identity()));
        Map<String, Candidate> last = new HashMap<>();
        made.forEach(a -> last.put(a.personId(), byId.get(a.taskId())));
        return last;
    }

    /** The claim for j ahead of i: w_j·t_i − w_i·t_j ≤ t_i. */
    private static void assertWithinOneOwnTask(Workload j, Workload i) {
        long gap = j.taken() * i.target() - i.taken() * j.target();
        assertTrue(gap <= i.target(), () -> j.personId() + " at " + j.load() + " is more than one of their tasks ("
                + 1.0 / j.target() + ") ahead of " + i.personId() + " at " + i.load());
    }

    /** The corollary for one pair: |w_i·t_j − w_j·t_i| ≤ max(t_i, t_j), i.e. |r_i − r_j| ≤ 1/min(t_i, t_j). */
    private static void assertWithinOneTaskOfTheSmallerTarget(Workload i, Workload j) {
        long gap = Math.abs(i.taken() * j.target() - j.taken() * i.target());
        assertTrue(gap <= Math.max(i.target(), j.target()), () -> i.personId() + " at " + i.load() + " and "
                + j.personId() + " at " + j.load() + " differ by more than one task's worth");
    }

    /** Both bounds for every ordered pair of {@code people}. */
    private static void assertFairAmong(Collection<Workload> people) {
        for (Workload j : people) {
            for (Workload i : people) {
                if (i != j) {
                    assertWithinOneOwnTask(j, i);
                    assertWithinOneTaskOfTheSmallerTarget(i, j);
                }
            }
        }
    }

    @Test
    void thousandTasksLeaveEveryoneWithinOneTaskOfEachOther() {
        List<Workload> people = plan();
        List<Assignment> made = new Assigner(10_000).assign(tasks(1), people);
        Map<String, Workload> result = after(people, made);

        assertEquals(TASKS, made.size());
        assertEquals(Set.copyOf(result.keySet()), lastTasks(tasks(1), made).keySet(), "everyone got a task");
        assertFairAmong(result.values());
    }

    @Test
    void assigningInBatchesAsTasksArriveKeepsTheSameBound() {
        List<Candidate> all = tasks(2);
        List<Workload> people = plan();
        Assigner assigner = new Assigner(10_000);
        for (int from = 0; from < TASKS; from += 100) {
            List<Assignment> made = assigner.assign(all.subList(from, from + 100), people);
            assertEquals(100, made.size());
            people = new ArrayList<>(after(people, made).values());
        }

        assertEquals(TASKS + 165 + 11, people.stream().mapToLong(Workload::taken).sum());
        assertFairAmong(people);
    }

    @Test
    void tasksOnPlannedPeoplesOwnCallsStillLeaveEveryoneWithinOneTask() {
        List<Candidate> tasks = onPlannedCalls(tasks(3), 0.25, 150, 3);
        List<Workload> people = plan();
        List<Assignment> made = new Assigner(10_000).assign(tasks, people);
        Map<String, Candidate> last = lastTasks(tasks, made);

        assertEquals(TASKS, made.size());
        Map<UUID, String> agentOf = tasks.stream().collect(Collectors.toMap(Candidate::taskId, Candidate::agentId));
        made.forEach(a -> assertNotEquals(a.personId(), agentOf.get(a.taskId()), "nobody scores their own call"));
        assertEquals(people.size(), last.size(), "everyone got a task");
        last.values().forEach(t -> assertTrue(t.agentId().startsWith("agent-"), "every last task was open to all"));
        assertFairAmong(after(people, made).values());
    }

    @Test
    void theClaimHoldsForEveryoneWhoCouldHaveTakenTheLastTaskWhereverOwnCallsFall() {
        List<Candidate> tasks = onPlannedCalls(tasks(4), 0.4, 0, 4);
        List<Workload> people = plan();
        List<Assignment> made = new Assigner(10_000).assign(tasks, people);
        Map<String, Workload> result = after(people, made);

        assertEquals(TASKS, made.size());
        lastTasks(tasks, made).forEach((j, task) -> result.values().stream()
                .filter(i -> !i.personId().equals(j) && !i.personId().equals(task.agentId()))
                .forEach(i -> assertWithinOneOwnTask(result.get(j), i)));
    }

    @Test
    void whenTheCapBindsTheOthersShareTheRestFairly() {
        int cap = 200;
        List<Workload> people = plan();
        List<Assignment> made = new Assigner(cap).assign(tasks(5), people);
        Map<String, Workload> result = after(people, made);
        List<Workload> capped = result.values().stream().filter(p -> p.open() == cap).toList();
        List<Workload> free = result.values().stream().filter(p -> p.open() < cap).toList();

        assertEquals(TASKS, made.size());
        assertTrue(result.values().stream().allMatch(p -> p.open() <= cap));
        assertFalse(capped.isEmpty(), "the cap binds for someone");
        assertFalse(free.isEmpty(), "the cap does not bind for everyone");
        assertFairAmong(free);
        capped.forEach(j -> free.forEach(i -> assertWithinOneOwnTask(j, i)));
    }
}

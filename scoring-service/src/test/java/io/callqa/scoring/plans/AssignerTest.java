package io.callqa.scoring.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The work order, who may take a task, the cap and determinism of {@link Assigner}. */
class AssignerTest {

    private static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");

    private static Candidate task(int id, String priority, String mode, int dueMinutes, String agentId) {
        return new Candidate(new UUID(0, id), priority, mode, T0.plusSeconds(60L * dueMinutes), agentId);
    }

    private static List<Integer> ids(List<Candidate> tasks) {
        return tasks.stream().map(t -> (int) t.taskId().getLeastSignificantBits()).toList();
    }

    private static Map<String, Long> countByPerson(List<Assignment> assignments) {
        return assignments.stream().collect(Collectors.groupingBy(Assignment::personId, Collectors.counting()));
    }

    @Test
    void urgentComesFirstThenRealtimeByDueTimeThenHighThenNormal() {
        List<Candidate> tasks = new ArrayList<>(List.of(
                task(1, "NORMAL", "POSTHOC", 1, "a"), task(2, "HIGH", "POSTHOC", 50, "a"),
                task(3, "NORMAL", "REALTIME", 30, "a"), task(4, "URGENT", "POSTHOC", 90, "a"),
                task(5, "HIGH", "REALTIME", 40, "a"), task(6, "URGENT", "REALTIME", 80, "a"),
                task(7, "HIGH", "POSTHOC", 10, "a"), task(8, "NORMAL", "REALTIME", 20, "a")));

        tasks.sort(Assigner.ORDER);

        assertEquals(List.of(6, 4, 8, 3, 5, 7, 2, 1), ids(tasks));
    }

    @Test
    void equalRankAndDueTimeAreOrderedByTaskId() {
        List<Candidate> tasks = new ArrayList<>(List.of(task(3, "HIGH", "POSTHOC", 5, "a"),
                task(1, "HIGH", "POSTHOC", 5, "a"), task(2, "HIGH", "POSTHOC", 5, "a")));

        tasks.sort(Assigner.ORDER);

        assertEquals(List.of(1, 2, 3), ids(tasks));
    }

    @Test
    void assignmentsAreMadeInWorkOrder() {
        List<Assignment> made = new Assigner(10).assign(List.of(task(1, "NORMAL", "POSTHOC", 1, "x"),
                task(2, "URGENT", "POSTHOC", 99, "x"), task(3, "NORMAL", "REALTIME", 50, "x")),
                List.of(new Workload("e1", 10, 0, 0)));

        assertEquals(List.of(new UUID(0, 2), new UUID(0, 3), new UUID(0, 1)),
                made.stream().map(Assignment::taskId).toList());
    }

    @Test
    void taskGoesToTheLowestDoneAndOpenOverTarget() {
        // e1 4/10 = 0.40, e2 5/13 ≈ 0.385, e3 2/5 = 0.40: e2 is lowest
        List<Workload> people = List.of(new Workload("e1", 10, 3, 1), new Workload("e2", 13, 5, 0),
                new Workload("e3", 5, 0, 2));

        List<Assignment> made = new Assigner(10).assign(List.of(task(1, "NORMAL", "POSTHOC", 1, "x")), people);

        assertEquals(List.of(new Assignment(new UUID(0, 1), "e2")), made);
    }

    @Test
    void equalLoadsGoToTheLargerRemainingTargetThenTheSmallerPersonId() {
        // all at 1/2: remaining e1 5, e2 10, e3 10
        List<Workload> people = List.of(new Workload("e1", 10, 5, 0), new Workload("e3", 20, 10, 0),
                new Workload("e2", 20, 8, 2));

        List<Assignment> made = new Assigner(10).assign(List.of(task(1, "NORMAL", "POSTHOC", 1, "x")), people);

        assertEquals("e2", made.get(0).personId());
    }

    @Test
    void loadsAreComparedExactlyNotInFloatingPoint() {
        // 1000000001/1999999999 exceeds 333333334/666666667 by 1/(1999999999 × 666666667): the same double
        Workload a = new Workload("a", 1_999_999_999, 1_000_000_001, 0);
        Workload b = new Workload("b", 666_666_667, 333_333_334, 0);
        assertEquals(a.load(), b.load());

        List<Assignment> made = new Assigner(10).assign(List.of(task(1, "NORMAL", "POSTHOC", 1, "x")), List.of(a, b));

        assertEquals("b", made.get(0).personId());
    }

    @Test
    void nobodyIsGivenATaskOnTheirOwnCall() {
        List<Workload> people = List.of(new Workload("e1", 100, 0, 0), new Workload("e2", 10, 9, 0));
        List<Candidate> tasks = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            tasks.add(task(i, "NORMAL", "POSTHOC", i, "e1"));
        }

        List<Assignment> made = new Assigner(100).assign(tasks, people);

        assertEquals(20, made.size());
        assertTrue(made.stream().allMatch(a -> a.personId().equals("e2")));
    }

    @Test
    void nobodyHoldsMoreOpenTasksThanTheCap() {
        List<Workload> people = List.of(new Workload("e1", 100, 0, 3), new Workload("e2", 100, 0, 0));
        List<Candidate> tasks = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            tasks.add(task(i, "NORMAL", "POSTHOC", i, "x"));
        }

        List<Assignment> made = new Assigner(5).assign(tasks, people);

        assertEquals(Map.of("e1", 2L, "e2", 5L), countByPerson(made));
    }

    @Test
    void taskNobodyMayTakeStaysUnassigned() {
        List<Workload> people = List.of(new Workload("e1", 10, 0, 0), new Workload("e2", 10, 0, 2));
        List<Candidate> tasks = List.of(task(1, "URGENT", "POSTHOC", 1, "e2"), task(2, "HIGH", "POSTHOC", 2, "e1"),
                task(3, "NORMAL", "POSTHOC", 3, "x"));

        List<Assignment> made = new Assigner(2).assign(tasks, people);

        assertEquals(List.of(new Assignment(new UUID(0, 1), "e1"), new Assignment(new UUID(0, 3), "e1")), made);
    }

    @Test
    void withoutAnyoneInThePlanNothingIsAssigned() {
        assertEquals(List.of(), new Assigner(5).assign(List.of(task(1, "URGENT", "REALTIME", 1, "x")), List.of()));
    }

    @Test
    void theSameTasksInAnyInputOrderGiveTheSameAssignments() {
        List<Workload> people = List.of(new Workload("e1", 30, 2, 0), new Workload("e2", 20, 0, 1),
                new Workload("e3", 30, 2, 0));
        List<Candidate> tasks = new ArrayList<>();
        String[] priorities = {"URGENT", "HIGH", "NORMAL"};
        for (int i = 1; i <= 60; i++) {
            tasks.add(task(i, priorities[i % 3], i % 4 == 0 ? "REALTIME" : "POSTHOC", i % 7, "e" + (i % 5)));
        }
        List<Assignment> first = new Assigner(100).assign(tasks, people);

        Collections.shuffle(tasks, new Random(7));
        List<Workload> reversed = new ArrayList<>(people);
        Collections.reverse(reversed);

        assertEquals(first, new Assigner(100).assign(tasks, reversed));
    }

    @Test
    void rejectsAPersonListedTwiceAndATaskOfferedTwice() {
        Assigner assigner = new Assigner(5);
        Candidate one = task(1, "NORMAL", "POSTHOC", 1, "x");

        assertThrows(IllegalArgumentException.class, () -> assigner.assign(List.of(one),
                List.of(new Workload("e1", 10, 0, 0), new Workload("e1", 20, 0, 0))));
        assertThrows(IllegalArgumentException.class, () -> assigner.assign(List.of(one, one),
                List.of(new Workload("e1", 10, 0, 0))));
    }

    @Test
    void rejectsUnknownPriorityOrModeAndACapBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> task(1, "LOW", "POSTHOC", 1, "x"));
        assertThrows(IllegalArgumentException.class, () -> task(1, "HIGH", "LIVE", 1, "x"));
        assertThrows(IllegalArgumentException.class, () -> new Assigner(0));
    }
}

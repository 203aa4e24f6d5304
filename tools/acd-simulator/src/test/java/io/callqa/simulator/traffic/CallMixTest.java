package io.callqa.simulator.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.callqa.simulator.Simulations;
import io.callqa.simulator.Simulations.Collected;
import io.callqa.simulator.center.Agent;
import io.callqa.simulator.records.Call;
import io.callqa.simulator.records.Complaint;

class CallMixTest {

    private static final Scenario TWO_WEEKS = Simulations.scenario(50, Simulations.MONDAY, 14, 42, false);
    private static final Collected TRAFFIC = Simulations.collect(TWO_WEEKS);

    @Test
    void about55CallsPerAgentAndDay() {
        double perAgentDay = TRAFFIC.inbound().size() / 50.0 / 14;
        assertTrue(perAgentDay > 35 && perAgentDay < 80, "inbound calls per agent and day: " + perAgentDay);
    }

    @Test
    void fiveToEightPercentOfAnsweredCallsAreShort() {
        List<Call> answered = TRAFFIC.answeredInbound();
        double share = share(answered, c -> c.talkSeconds() < 20);
        assertTrue(share >= 0.05 && share <= 0.08, "short calls: " + share);
    }

    @Test
    void talkTimesAreLogNormalAroundThreeMinutesWithALongTail() {
        List<Integer> talk = TRAFFIC.answeredInbound().stream().map(Call::talkSeconds).sorted().toList();
        int median = talk.get(talk.size() / 2);
        assertTrue(median > 150 && median < 230, "median talk " + median);
        double over200 = share(TRAFFIC.answeredInbound(), c -> c.talkSeconds() > 200);
        assertTrue(over200 > 0.3 && over200 < 0.55, "over 200 s: " + over200);
        assertTrue(talk.get(talk.size() - 1) > 900, "some calls last a quarter of an hour or more");
    }

    @Test
    void someCallersGiveUpWaiting() {
        double abandoned = share(TRAFFIC.inbound(), c -> !c.answered());
        assertTrue(abandoned >= 0.02 && abandoned <= 0.12, "abandoned: " + abandoned);
        assertTrue(TRAFFIC.inbound().stream().anyMatch(c -> !c.answered() && c.waitSeconds() < 5), "short abandons");
    }

    @Test
    void aboutOneInTenInboundCallsComesFromANumberThatCalledBefore() {
        Set<String> seen = new HashSet<>();
        long repeats = TRAFFIC.inbound().stream()
                .sorted((a, b) -> a.enqueuedAt().compareTo(b.enqueuedAt()))
                .filter(c -> !seen.add(c.callerNumber())).count();
        double share = repeats / (double) TRAFFIC.inbound().size();
        assertTrue(share >= 0.07 && share <= 0.13, "repeat callers: " + share);
        assertTrue(TRAFFIC.inbound().stream().allMatch(c -> c.callerNumber().matches("1[3-9]\\d{9}")));
    }

    @Test
    void abandonedCallersSometimesGetACallbackOnTheSameNumber() {
        List<Call> callbacks = TRAFFIC.calls().stream().filter(c -> !c.inbound()).toList();
        assertFalse(callbacks.isEmpty());
        assertTrue(callbacks.size() < TRAFFIC.calls().size() * 0.03, "callbacks are occasional");
        Set<String> gaveUp = TRAFFIC.inbound().stream().filter(c -> !c.answered()).map(Call::callerNumber)
                .collect(Collectors.toSet());
        assertTrue(callbacks.stream().allMatch(c -> gaveUp.contains(c.callerNumber()) && c.enqueuedAt() == null));
    }

    @Test
    void complaintsNameAnsweredCallsOfTheSameAgentAndComeAfterThem() {
        List<Complaint> complaints = TRAFFIC.complaints();
        double rate = complaints.size() / (double) TRAFFIC.answeredInbound().size();
        assertTrue(rate >= 0.001 && rate <= 0.006, "complaint rate: " + rate);
        assertTrue(complaints.stream().anyMatch(c -> c.severity() == Complaint.Severity.GROUP_LEVEL));
        Map<String, Call> calls = TRAFFIC.calls().stream().collect(Collectors.toMap(Call::callId, Function.identity()));
        for (Complaint complaint : complaints) {
            Call call = calls.get(complaint.callId());
            assertEquals(call.agentId(), complaint.agentId());
            assertTrue(complaint.receivedAt().isAfter(call.endedAt()));
        }
        assertEquals(complaints.size(), complaints.stream().map(Complaint::complaintId).distinct().count());
    }

    @Test
    void newHiresJoinWithinThePeriodAndTakeCallsOnlyFromThen() {
        List<Agent> newHires = new Traffic(TWO_WEEKS).roster().stream().filter(Agent::newHire).toList();
        assertEquals(3, newHires.size());
        for (Agent hire : newHires) {
            assertFalse(hire.hireDate().isBefore(TWO_WEEKS.start()) || hire.hireDate().isAfter(TWO_WEEKS.end()));
            List<Call> theirs = TRAFFIC.calls().stream().filter(c -> hire.agentId().equals(c.agentId())).toList();
            assertTrue(theirs.stream().allMatch(c -> !day(c).isBefore(hire.hireDate())), hire.agentId());
        }
    }

    @Test
    void callIdsAreUniqueAndFollowThePattern() {
        Set<String> ids = new HashSet<>();
        for (Call call : TRAFFIC.calls()) {
            assertTrue(ids.add(call.callId()), call.callId());
            assertTrue(call.callId().matches("SIM-42-\\d{8}-\\d{6}"), call.callId());
        }
    }

    private static LocalDate day(Call call) {
        return (call.answeredAt() != null ? call.answeredAt() : call.endedAt()).atZone(Simulations.SHANGHAI)
                .toLocalDate();
    }

    private static double share(List<Call> calls, java.util.function.Predicate<Call> which) {
        return calls.stream().filter(which).count() / (double) calls.size();
    }
}

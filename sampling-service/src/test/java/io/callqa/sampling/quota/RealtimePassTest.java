package io.callqa.sampling.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.callqa.sampling.rules.Rule;

class RealtimePassTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final YearMonth MONTH = YearMonth.of(2026, 11);

    private static AgentMonth row(long volume, int realtimeTarget, int realtimePicks, long callsSoFar) {
        return new AgentMonth("A0001", MONTH.toString(), volume, 3, null, 0, BigDecimal.ONE, false, 3,
                realtimeTarget, 3 - realtimeTarget, realtimePicks, 0, callsSoFar);
    }

    private static RealtimePass.Waiting call(String id) {
        Instant answered = Instant.parse("2026-11-10T02:00:00Z");
        return new RealtimePass.Waiting(id, "A0001", answered, answered.plusSeconds(60));
    }

    private static List<RealtimePass.Waiting> calls(int n) {
        return IntStream.range(0, n).mapToObj(i -> call("c-" + i)).toList();
    }

    private static Map<String, AgentMonth> months(AgentMonth row) {
        return Map.of(row.key(), row);
    }

    @Test
    void withoutVolumeLastMonthTheFirstEligibleCallsArePickedUntilTheTargetIsMet() {
        RealtimePass.Result result = RealtimePass.run(calls(4), months(row(0, 2, 0, 0)), c -> !c.callId().equals("c-0"),
                ZONE);

        assertEquals(List.of("c-1", "c-2"), result.picks().stream().map(p -> p.callId()).toList());
        assertEquals(4, result.progress().get(0).callsSoFar());
        assertEquals(2, result.progress().get(0).realtimePicks());
    }

    @Test
    void eachCallIsDrawnWithRemainingOverExpectedRemaining() {
        List<RealtimePass.Waiting> calls = calls(40);
        RealtimePass.Result result = RealtimePass.run(calls, months(row(100, 2, 0, 10)), c -> true, ZONE);

        int picks = 0;
        for (int i = 0; i < calls.size(); i++) {
            double u = RealtimeDraw.u(calls.get(i).callId(), MONTH);
            boolean expected = RealtimeDraw.picks(u, 2 - picks, RealtimeDraw.expectedRemaining(100, 10 + i));
            String id = calls.get(i).callId();
            assertEquals(expected, result.picks().stream().anyMatch(p -> p.callId().equals(id)), id);
            picks += expected ? 1 : 0;
        }
        assertEquals(50, result.progress().get(0).callsSoFar());
        assertEquals(picks, result.progress().get(0).realtimePicks());
    }

    @Test
    void theReasonExplainsTheDraw() {
        RealtimePass.Drawn pick = RealtimePass.run(calls(1), months(row(0, 3, 1, 5)), c -> true, ZONE).picks().get(0);

        assertEquals(Rule.RANDOM_REALTIME, pick.reason().rule());
        assertTrue(pick.reason().detail().startsWith("random real-time pick 2 of 3 for A0001 in 2026-11 (u "),
                pick.reason().detail());
        assertTrue(pick.reason().detail().endsWith(" < 1.0000)"), pick.reason().detail());
        assertEquals(2L, pick.reason().evidence().get("realtimePicks"));
        assertEquals(6L, pick.reason().evidence().get("callsSoFar"));
        assertEquals(1.0, pick.reason().evidence().get("threshold"));
        assertEquals("2026-11", pick.reason().evidence().get("month"));
    }

    @Test
    void nothingIsPickedOnceTheTargetIsMetButCallsStillCount() {
        RealtimePass.Result result = RealtimePass.run(calls(3), months(row(0, 1, 1, 7)), c -> true, ZONE);

        assertTrue(result.picks().isEmpty());
        assertEquals(10, result.progress().get(0).callsSoFar());
    }
}

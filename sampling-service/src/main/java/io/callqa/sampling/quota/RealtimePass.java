package io.callqa.sampling.quota;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import io.callqa.sampling.rules.Reason;
import io.callqa.sampling.rules.Rule;

/**
 * One batch of RANDOM_REALTIME draws: each agent's new answered calls in arrival order, each counted once in the
 * month's calls so far, each eligible one drawn with {@link RealtimeDraw}. Plain Java over the quota rows.
 */
final class RealtimePass {

    /** An answered call waiting for its draw: what the draw needs of it. */
    record Waiting(String callId, String agentId, Instant answeredAt, Instant endedAt) {
    }

    /** A call the draw picked, with the reason explaining the draw. */
    record Drawn(String callId, Reason reason) {
    }

    /** The picks, and the quota rows with the batch's calls and picks counted in. */
    record Result(List<Drawn> picks, List<AgentMonth> progress) {
    }

    private RealtimePass() {
    }

    /**
     * @param calls    the batch's new answered calls with an agent, in arrival order
     * @param months   the quota row of each call's agent and month, by {@link AgentMonth#key}
     * @param eligible whether a call may be drawn (no targeted pick, no sample yet, not a new hire's)
     */
    static Result run(List<Waiting> calls, Map<String, AgentMonth> months, Predicate<Waiting> eligible, ZoneId zone) {
        Map<String, long[]> counters = new LinkedHashMap<>(); // key → {calls so far, realtime picks}
        Map<String, AgentMonth> touched = new HashMap<>();
        List<Drawn> picks = new ArrayList<>();
        for (Waiting call : calls) {
            YearMonth month = YearMonth.from(call.answeredAt().atZone(zone));
            String key = AgentMonth.key(call.agentId(), month.toString());
            AgentMonth row = months.get(key);
            if (row == null) {
                continue;
            }
            touched.put(key, row);
            long[] counter = counters.computeIfAbsent(key, k -> new long[] {row.callsSoFar(), row.realtimePicks()});
            long callsBefore = counter[0];
            counter[0]++;
            if (!eligible.test(call)) {
                continue;
            }
            int remaining = row.realtimeTarget() - (int) counter[1];
            long expected = RealtimeDraw.expectedRemaining(row.volume(), callsBefore);
            double u = RealtimeDraw.u(call.callId(), month);
            if (RealtimeDraw.picks(u, remaining, expected)) {
                counter[1]++;
                double threshold = (double) remaining / Math.max(remaining, expected);
                picks.add(new Drawn(call.callId(), reason(row, counter[1], counter[0], u, threshold)));
            }
        }
        List<AgentMonth> progress = counters.entrySet().stream().map(e -> {
            AgentMonth r = touched.get(e.getKey());
            return new AgentMonth(r.agentId(), r.month(), r.volume(), r.base(), r.averageScore(), r.evaluations(),
                    r.multiplier(), r.exempt(), r.quota(), r.realtimeTarget(), r.posthocTarget(),
                    (int) e.getValue()[1], r.posthocPicks(), e.getValue()[0]);
        }).toList();
        return new Result(picks, progress);
    }

    private static Reason reason(AgentMonth row, long pickNumber, long callsSoFar, double u, double threshold) {
        String detail = String.format(Locale.ROOT, "random real-time pick %d of %d for %s in %s (u %.4f < %.4f)",
                pickNumber, row.realtimeTarget(), row.agentId(), row.month(), u, threshold);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("month", row.month());
        evidence.put("volume", row.volume());
        evidence.put("quota", row.quota());
        evidence.put("realtimeTarget", row.realtimeTarget());
        evidence.put("posthocTarget", row.posthocTarget());
        evidence.put("realtimePicks", pickNumber);
        evidence.put("callsSoFar", callsSoFar);
        evidence.put("u", u);
        evidence.put("threshold", threshold);
        return new Reason(Rule.RANDOM_REALTIME, detail, evidence);
    }
}

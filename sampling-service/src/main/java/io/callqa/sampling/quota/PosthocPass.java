package io.callqa.sampling.quota;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.callqa.sampling.rules.Reason;
import io.callqa.sampling.rules.Rule;

/**
 * One agent's RANDOM_POSTHOC picks for a completed day: the day's share of the remaining post-hoc target among the
 * day's unsampled answered calls, then, on the month's last day, the top-up that brings the month's RANDOM samples
 * to min(quota, eligible calls). Plain Java over the quota row and the candidates.
 */
final class PosthocPass {

    /** A call to pick and why. */
    record Choice(String callId, Reason reason) {
    }

    /**
     * The month's calls the top-up looks at.
     *
     * @param eligible   answered calls of the month not picked by another rule and not a new hire's
     * @param candidates those of them without a sample yet
     */
    record MonthPool(int eligible, List<String> candidates) {
    }

    private PosthocPass() {
    }

    /**
     * @param row            the agent's quota row, with the picks recorded so far
     * @param dayCandidates  the day's eligible answered calls without a sample
     * @param month          the month's pool on its last day; null on other days
     */
    static List<Choice> decide(AgentMonth row, LocalDate day, List<String> dayCandidates, MonthPool month) {
        int daysLeft = day.lengthOfMonth() - day.getDayOfMonth() + 1;
        int remaining = row.posthocTarget() - row.posthocPicks();
        int count = PosthocDraw.dailyCount(remaining, daysLeft, dayCandidates.size());
        List<String> daily = PosthocDraw.choose(dayCandidates, count, row.agentId(), day);
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < daily.size(); i++) {
            int pick = row.posthocPicks() + i + 1;
            String detail = "random post-hoc pick " + pick + " of " + row.posthocTarget() + " for " + row.agentId()
                    + " in " + row.month() + " on " + day + " (" + count + " of " + dayCandidates.size()
                    + " calls that day, " + Math.max(remaining, 0) + " remaining over " + daysLeft + " days)";
            Map<String, Object> evidence = evidence(row, day);
            evidence.put("dailyCount", count);
            evidence.put("remaining", Math.max(remaining, 0));
            evidence.put("daysLeft", daysLeft);
            evidence.put("candidates", dayCandidates.size());
            evidence.put("posthocPicks", pick);
            choices.add(new Choice(daily.get(i), new Reason(Rule.RANDOM_POSTHOC, detail, evidence)));
        }
        if (month == null) {
            return choices;
        }
        int randomSoFar = row.realtimePicks() + row.posthocPicks() + daily.size();
        int topUp = PosthocDraw.topUp(row.quota(), randomSoFar, month.eligible());
        Set<String> taken = new HashSet<>(daily);
        List<String> pool = month.candidates().stream().filter(id -> !taken.contains(id)).toList();
        List<String> extra = PosthocDraw.choose(pool, topUp, row.agentId(), day);
        int target = Math.min(row.quota(), month.eligible());
        for (int i = 0; i < extra.size(); i++) {
            int total = randomSoFar + i + 1;
            String detail = "random post-hoc month-end top-up " + (i + 1) + " of " + topUp + " for "
                    + row.agentId() + " in " + row.month() + " (RANDOM sample " + total + " of " + target
                    + " = min(quota " + row.quota() + ", " + month.eligible() + " eligible calls))";
            Map<String, Object> evidence = evidence(row, day);
            evidence.put("topUp", topUp);
            evidence.put("randomPicksBefore", randomSoFar);
            evidence.put("eligibleCalls", month.eligible());
            evidence.put("target", target);
            evidence.put("posthocPicks", row.posthocPicks() + daily.size() + i + 1);
            choices.add(new Choice(extra.get(i), new Reason(Rule.RANDOM_POSTHOC, detail, evidence)));
        }
        return choices;
    }

    private static Map<String, Object> evidence(AgentMonth row, LocalDate day) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("month", row.month());
        evidence.put("day", day.toString());
        evidence.put("volume", row.volume());
        evidence.put("quota", row.quota());
        evidence.put("realtimeTarget", row.realtimeTarget());
        evidence.put("posthocTarget", row.posthocTarget());
        evidence.put("realtimePicks", row.realtimePicks());
        return evidence;
    }
}

package io.callqa.sampling.recheck;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.callqa.sampling.calls.CallRow;
import io.callqa.sampling.rules.Reason;
import io.callqa.sampling.rules.Rule;

/**
 * 复检 after a coaching plan: the agent's next {@code n} answered calls, those answered at or after the plan's
 * completion, earliest first ({@code answeredAt}, then {@code callId}), each named in its reason as
 * {@code re-check k of n after coaching plan <planId>} so that the feedback service can tell its re-check
 * evaluations. A call serves one re-check at most; a re-check takes no more calls than it still needs.
 */
public final class RecheckRule {

    private static final Comparator<CallRow> EARLIEST = Comparator.comparing(CallRow::answeredAt)
            .thenComparing(CallRow::callId);
    private static final Comparator<Open> OLDEST = Comparator.comparing(Open::completedAt)
            .thenComparing(Open::planId);

    private final int defaultCalls;

    public RecheckRule(int defaultCalls) {
        if (defaultCalls < 1) {
            throw new IllegalArgumentException("a re-check samples at least one call, not " + defaultCalls);
        }
        this.defaultCalls = defaultCalls;
    }

    /** A re-check still waiting for calls: {@code remaining} of its {@code calls} are still to be picked. */
    public record Open(UUID planId, String agentId, int calls, int remaining, Instant completedAt) {

        /** The ordinal the re-check's next pick gets (1-based). */
        int next() {
            return calls - remaining + 1;
        }
    }

    /**
     * What a rule's daily cap still allows: {@code spend} answers whether the call may be picked and, if so,
     * counts it. Without a cap every call may.
     */
    @FunctionalInterface
    public interface Budget {
        boolean spend(CallRow call);

        static Budget unlimited() {
            return call -> true;
        }
    }

    /** A call chosen for a re-check, as its {@code ordinal}-th of {@code of}. */
    public record Choice(Open recheck, CallRow call, int ordinal) {

        public Reason reason() {
            return RecheckRule.reason(recheck.planId(), ordinal, recheck.calls(), recheck.completedAt());
        }
    }

    /** The number of calls a plan's re-check samples: as the plan asks, else (0 or less) the configured default. */
    public int calls(int requested) {
        return requested > 0 ? requested : defaultCalls;
    }

    /**
     * The calls each open re-check takes from {@code calls}, oldest re-check first, numbered on from the picks it
     * already has. Calls in {@code taken} (already serving a re-check), calls not answered by the re-check's agent
     * at or after its completion, and calls the cap's {@code budget} refuses are passed over: they do not count,
     * and the re-check takes the agent's next call instead.
     */
    public static List<Choice> choose(List<Open> open, List<CallRow> calls, Set<String> taken, Budget budget) {
        Set<String> used = new HashSet<>(taken);
        Map<String, List<CallRow>> byAgent = new LinkedHashMap<>();
        calls.stream().filter(RecheckRule::eligible).sorted(EARLIEST)
                .forEach(c -> byAgent.computeIfAbsent(c.agentId(), k -> new ArrayList<>()).add(c));
        List<Choice> choices = new ArrayList<>();
        for (Open recheck : open.stream().filter(o -> o.remaining() > 0).sorted(OLDEST).toList()) {
            int ordinal = recheck.next();
            for (CallRow call : byAgent.getOrDefault(recheck.agentId(), List.of())) {
                if (ordinal > recheck.calls()) {
                    break;
                }
                if (!call.answeredAt().isBefore(recheck.completedAt()) && !used.contains(call.callId())
                        && budget.spend(call)) {
                    used.add(call.callId());
                    choices.add(new Choice(recheck, call, ordinal++));
                }
            }
        }
        return choices;
    }

    /** The reason of the {@code ordinal}-th of {@code of} re-check calls after a plan; the detail is a contract. */
    public static Reason reason(UUID planId, int ordinal, int of, Instant completedAt) {
        return new Reason(Rule.RECHECK, "re-check " + ordinal + " of " + of + " after coaching plan " + planId,
                Map.of("planId", planId.toString(), "ordinal", ordinal, "of", of,
                        "completedAt", completedAt.toString()));
    }

    /**
     * The calls of {@code calls} some open re-check could take, earliest first: answered by its agent at or after
     * its completion, and not in {@code taken}.
     */
    public static List<CallRow> candidates(List<Open> open, List<CallRow> calls, Set<String> taken) {
        return calls.stream().filter(RecheckRule::eligible).filter(c -> !taken.contains(c.callId()))
                .filter(c -> open.stream().anyMatch(o -> o.remaining() > 0 && o.agentId().equals(c.agentId())
                        && !c.answeredAt().isBefore(o.completedAt())))
                .sorted(EARLIEST).toList();
    }

    private static boolean eligible(CallRow call) {
        return call.answered() && call.answeredAt() != null && call.agentId() != null;
    }
}

package io.callqa.simulator.traffic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.callqa.simulator.records.Call.Direction;

/**
 * Callers' numbers, Chinese mobile numbers. About {@link Model#REPEAT_CALLER_SHARE} of inbound calls come from a number
 * that called the same queue earlier that day: half of those, when someone gave up waiting in the last half hour,
 * are that caller trying again. A callback dials the number of the call it returns.
 */
final class CallerNumbers {

    private static final List<String> PREFIXES = List.of("130", "131", "132", "133", "135", "136", "137", "138",
            "139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "177", "180", "181", "182",
            "183", "185", "186", "187", "188", "189", "198", "199");
    private static final int REMEMBERED = 200;
    private static final long RETRY_WINDOW_SECONDS = 1_800;

    private final SplittableRandom random;
    private final Map<String, List<String>> recent = new HashMap<>();
    private final Map<String, Deque<Abandoned>> abandoned = new HashMap<>();
    private final Map<Leg, String> numbers = new IdentityHashMap<>();

    CallerNumbers(SplittableRandom random) {
        this.random = random;
    }

    /** The number of each leg, legs in the order they started. */
    String numberFor(Leg leg) {
        String number = leg.direction() == Direction.OUTBOUND ? numbers.get(leg.origin()) : inbound(leg);
        numbers.put(leg, number);
        return number;
    }

    private String inbound(Leg leg) {
        String queue = leg.queue().queueId();
        List<String> known = recent.computeIfAbsent(queue, q -> new ArrayList<>());
        String number = !known.isEmpty() && Draw.chance(random, Model.REPEAT_CALLER_SHARE)
                ? repeat(queue, known, leg.startedAt())
                : fresh();
        known.add(number);
        if (known.size() > REMEMBERED) {
            known.remove(0);
        }
        if (!leg.answered()) {
            abandoned.computeIfAbsent(queue, q -> new ArrayDeque<>()).addLast(new Abandoned(number, leg.endedAt()));
        }
        return number;
    }

    private String repeat(String queue, List<String> known, long startedAt) {
        Deque<Abandoned> gaveUp = abandoned.getOrDefault(queue, new ArrayDeque<>());
        gaveUp.removeIf(a -> a.endedAt < startedAt - RETRY_WINDOW_SECONDS);
        Abandoned latest = gaveUp.stream().filter(a -> a.endedAt <= startedAt).reduce((a, b) -> b).orElse(null);
        if (latest != null && Draw.chance(random, 0.5)) {
            gaveUp.remove(latest);
            return latest.number;
        }
        return Draw.oneOf(random, known);
    }

    private String fresh() {
        StringBuilder number = new StringBuilder(Draw.oneOf(random, PREFIXES));
        for (int i = 0; i < 8; i++) {
            number.append((char) ('0' + random.nextInt(10)));
        }
        return number.toString();
    }

    private record Abandoned(String number, long endedAt) {
    }
}

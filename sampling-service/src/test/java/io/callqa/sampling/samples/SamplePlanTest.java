package io.callqa.sampling.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.callqa.events.SampleSelected.Mode;
import io.callqa.events.SampleSelected.Priority;
import io.callqa.sampling.rules.Reason;
import io.callqa.sampling.rules.Rule;
import io.callqa.sampling.rules.RuleBook;
import io.callqa.sampling.rules.RulesConfig;

class SamplePlanTest {

    private static final Instant NOW = Instant.parse("2026-11-02T01:00:00Z");
    private static final Duration RT = Duration.ofHours(4);
    private static final Duration PH = Duration.ofDays(3);
    private static final RuleBook DEFAULTS = RuleBook.defaults();

    @Test
    void shortCallIsRealtimeHighDueInFourHours() {
        SamplePlan plan = SamplePlan.of(reasons(Rule.SHORT_CALL), DEFAULTS, NOW, RT, PH);

        assertEquals(new SamplePlan(Mode.REALTIME, Priority.HIGH, NOW.plus(RT)), plan);
    }

    @Test
    void realtimeIfAnyReasonIsAndTheHighestPriority() {
        SamplePlan plan = SamplePlan.of(reasons(Rule.NEW_HIRE, Rule.COMPLAINT, Rule.SHORT_CALL), DEFAULTS, NOW, RT, PH);

        assertEquals(new SamplePlan(Mode.REALTIME, Priority.URGENT, NOW.plus(RT)), plan);
    }

    @Test
    void posthocRulesAloneAreDueInThreeDays() {
        SamplePlan plan = SamplePlan.of(reasons(Rule.NEW_HIRE, Rule.REPEAT_CALL), DEFAULTS, NOW, RT, PH);

        assertEquals(new SamplePlan(Mode.POSTHOC, Priority.NORMAL, NOW.plus(PH)), plan);
    }

    @Test
    void aRealtimeReasonAddedLaterBringsTheDueTimeForward() {
        SamplePlan posthoc = SamplePlan.of(reasons(Rule.NEW_HIRE), DEFAULTS, NOW, RT, PH);
        Instant later = NOW.plus(Duration.ofHours(1));

        SamplePlan merged = posthoc.merge(reasons(Rule.COMPLAINT), DEFAULTS, later, RT, PH);

        assertEquals(new SamplePlan(Mode.REALTIME, Priority.URGENT, later.plus(RT)), merged);
    }

    @Test
    void aPosthocReasonAddedLaterKeepsTheEarlierDueTime() {
        SamplePlan realtime = SamplePlan.of(reasons(Rule.SHORT_CALL), DEFAULTS, NOW, RT, PH);

        SamplePlan merged = realtime.merge(reasons(Rule.REPEAT_CALL), DEFAULTS, NOW.plusSeconds(60),
                RT, PH);

        assertEquals(new SamplePlan(Mode.REALTIME, Priority.HIGH, NOW.plus(RT)), merged);
    }

    @Test
    void modeAndPriorityCanBeOverridden() {
        RuleBook book = new RuleBook(Map.of(Rule.NEW_HIRE, new Override(Mode.REALTIME, Priority.HIGH)));

        assertEquals(new SamplePlan(Mode.REALTIME, Priority.HIGH, NOW.plus(RT)),
                SamplePlan.of(reasons(Rule.NEW_HIRE), book, NOW, RT, PH));
    }

    @Test
    void aManualPickMayAskForItsOwnModeAndPriority() {
        Reason manual = new Reason(Rule.MANUAL, "listen", Map.of(), Mode.REALTIME, Priority.URGENT);

        assertEquals(new SamplePlan(Mode.REALTIME, Priority.URGENT, NOW.plus(RT)),
                SamplePlan.of(List.of(manual), DEFAULTS, NOW, RT, PH));
    }

    @Test
    void aSampleNeedsAReason() {
        assertThrows(IllegalArgumentException.class, () -> SamplePlan.of(List.of(), DEFAULTS, NOW, RT, PH));
    }

    private static List<Reason> reasons(Rule... rules) {
        return Arrays.stream(rules).map(r -> new Reason(r, r.name())).toList();
    }

    private record Override(Mode m, Priority p) implements RulesConfig.Switch {
        @java.lang.Override
        public boolean enabled() {
            return true;
        }

        @java.lang.Override
        public Optional<Integer> capPerAgentPerDay() {
            return Optional.empty();
        }

        @java.lang.Override
        public Optional<Mode> mode() {
            return Optional.of(m);
        }

        @java.lang.Override
        public Optional<Priority> priority() {
            return Optional.of(p);
        }
    }
}

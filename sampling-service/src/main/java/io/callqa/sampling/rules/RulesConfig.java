package io.callqa.sampling.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import io.callqa.events.SampleSelected.Mode;
import io.callqa.events.SampleSelected.Priority;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qa.rules.*}: the thresholds and switches of the center's sampling regulation. */
@ConfigMapping(prefix = "qa.rules")
public interface RulesConfig {

    ShortCall shortCall();

    SlaMissLongCall slaMissLongCall();

    Neighbour neighbour();

    Random random();

    NewHire newHire();

    Switch complaint();

    RepeatCall repeatCall();

    Switch manual();

    Recheck recheck();

    Due due();

    /** Every rule's switch, keyed by rule. */
    default RuleBook book() {
        Map<Rule, Switch> switches = new EnumMap<>(Rule.class);
        switches.put(Rule.SHORT_CALL, shortCall());
        switches.put(Rule.SLA_MISS_LONG_CALL, slaMissLongCall());
        switches.put(Rule.NEIGHBOUR, neighbour());
        switches.put(Rule.RANDOM_REALTIME, random().realtime());
        switches.put(Rule.RANDOM_POSTHOC, random().posthoc());
        switches.put(Rule.NEW_HIRE, newHire());
        switches.put(Rule.COMPLAINT, complaint());
        switches.put(Rule.REPEAT_CALL, repeatCall());
        switches.put(Rule.MANUAL, manual());
        switches.put(Rule.RECHECK, recheck());
        return new RuleBook(switches);
    }

    /** What every rule has: {@code enabled}, an optional daily cap per agent, and mode/priority overrides. */
    interface Switch {
        @WithDefault("true")
        boolean enabled();

        /** At most this many picks of the rule per agent and local day of the call; absent: no cap. */
        Optional<Integer> capPerAgentPerDay();

        /** Overrides the rule's mode (REALTIME or POSTHOC). */
        Optional<Mode> mode();

        /** Overrides the rule's priority (URGENT, HIGH or NORMAL). */
        Optional<Priority> priority();
    }

    interface ShortCall extends Switch {
        /** An answered call whose talk time is strictly below this many seconds is sampled. */
        @WithDefault("20")
        int maxTalkSeconds();
    }

    interface SlaMissLongCall extends Switch {
        /** An answered inbound call of a missed interval whose talk time is strictly above this is sampled. */
        @WithDefault("200")
        int minTalkSeconds();
    }

    interface Neighbour extends Switch {
        /** How far a chain of problem evaluations walks from the origin call, per side. */
        @WithDefault("3")
        int maxDepth();
    }

    interface Random {
        RandomRealtime realtime();

        Switch posthoc();

        /** Share of the previous month's answered calls sampled at random (1%). */
        @WithDefault("0.01")
        BigDecimal rate();

        /** The base quota of an agent without answered calls last month. */
        @WithDefault("2")
        int zeroVolumeBase();

        /** Share of the quota reviewed in real time (0.3% of the 1%). */
        @WithDefault("0.3")
        BigDecimal realtimeShare();

        /** Last month's average score → quota multiplier, as {@code lowerBound:multiplier} pairs. */
        @WithDefault("0:2.0,60:1.5,80:1.0,95:0.8")
        String multipliers();

        Exemption exemption();
    }

    interface RandomRealtime extends Switch {
    }

    interface Exemption {
        /** Evaluations each of the two perfect months needs. */
        @WithDefault("3")
        int minEvaluations();

        /** The quota of an exemption month. */
        @WithDefault("5")
        int quota();
    }

    interface NewHire extends Switch {
        /** Local days from the hire date (day 1) during which every answered call is sampled. */
        @WithDefault("30")
        int days();
    }

    interface RepeatCall extends Switch {
        /** A call back from the same caller within this time after an answered inbound call. */
        @WithDefault("24h")
        Duration window();
    }

    interface Recheck extends Switch {
        /** The calls a coaching plan's re-check (复检) samples when the plan does not say (recheckCalls 0). */
        @WithDefault("3")
        int calls();
    }

    interface Due {
        /** How long an evaluator has for a REALTIME sample (实时质检). */
        @WithDefault("4h")
        Duration realtime();

        /** How long an evaluator has for a POSTHOC sample (事后质检). */
        @WithDefault("3d")
        Duration posthoc();
    }
}

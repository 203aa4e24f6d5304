package io.callqa.sampling.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.callqa.events.SampleSelected.Mode;
import io.callqa.events.SampleSelected.Priority;

/** Each rule's switch as configured: enabled, its mode and priority (defaults from {@link Rule}), its daily cap. */
public final class RuleBook {

    private final Map<Rule, RulesConfig.Switch> switches;

    public RuleBook(Map<Rule, RulesConfig.Switch> switches) {
        this.switches = new EnumMap<>(Rule.class);
        this.switches.putAll(switches);
    }

    /** Every rule enabled with its default mode and priority and no cap. */
    public static RuleBook defaults() {
        return new RuleBook(Map.of());
    }

    public boolean enabled(Rule rule) {
        return find(rule).map(RulesConfig.Switch::enabled).orElse(true);
    }

    public Mode mode(Rule rule) {
        return find(rule).flatMap(RulesConfig.Switch::mode).orElse(rule.mode());
    }

    public Priority priority(Rule rule) {
        return find(rule).flatMap(RulesConfig.Switch::priority).orElse(rule.priority());
    }

    /** At most this many of the rule's picks per agent and local day of the call; empty: no cap. */
    public OptionalInt capPerAgentPerDay(Rule rule) {
        return find(rule).flatMap(RulesConfig.Switch::capPerAgentPerDay)
                .map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    private Optional<RulesConfig.Switch> find(Rule rule) {
        return Optional.ofNullable(switches.get(rule));
    }
}

package io.callqa.simulator.traffic;

import java.util.List;

import io.callqa.simulator.center.Agent;
import io.callqa.simulator.center.RosterBuilder;

/** Everything a scenario produces: the roster, and the period's calls and complaints in the order they fall due. */
public final class Traffic {

    private final Scenario scenario;
    private final List<Agent> roster;
    private final DayGenerator days;

    public Traffic(Scenario scenario) {
        this.scenario = scenario;
        this.roster = RosterBuilder.build(scenario);
        this.days = new DayGenerator(scenario, roster);
    }

    public Scenario scenario() {
        return scenario;
    }

    public List<Agent> roster() {
        return roster;
    }

    /** A new pass over the period, from its first day. */
    public Timeline timeline() {
        return new Timeline(days, scenario);
    }
}

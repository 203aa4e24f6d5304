package io.callqa.simulator.center;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.callqa.simulator.traffic.Scenario;
import io.callqa.simulator.traffic.Seeds;

/**
 * The roster: agents {@code A0001…} in teams {@code T01…} of consecutive agents (team lead {@code S01…}), each
 * answering one queue, queues staffed in proportion to their traffic. A few (6%, at least one from 10 agents on)
 * are new hires who join on a day within the period; the others joined months or years before it.
 */
public final class RosterBuilder {

    static final double NEW_HIRE_SHARE = 0.06;

    private RosterBuilder() {
    }

    public static List<Agent> build(Scenario scenario) {
        SplittableRandom random = Seeds.stream(scenario.seed(), "roster");
        List<String> queues = QueueAssignment.assign(scenario.queueProfiles(), scenario.agents());
        boolean[] newHire = newHires(random, scenario.agents());
        List<Agent> agents = new ArrayList<>();
        for (int i = 0; i < scenario.agents(); i++) {
            int team = i * scenario.teams() / scenario.agents() + 1;
            LocalDate hired = newHire[i]
                    ? scenario.start().plusDays(random.nextInt(scenario.days()))
                    : scenario.start().minusDays(90 + random.nextInt(2400));
            agents.add(new Agent(String.format("A%04d", i + 1), AgentNames.draw(random), String.format("T%02d", team),
                    String.format("S%02d", team), hired, true, queues.get(i), newHire[i]));
        }
        return List.copyOf(agents);
    }

    private static boolean[] newHires(SplittableRandom random, int agents) {
        int count = agents < 10 ? 0 : Math.max(1, (int) Math.round(agents * NEW_HIRE_SHARE));
        boolean[] chosen = new boolean[agents];
        for (int picked = 0; picked < count; ) {
            int index = random.nextInt(agents);
            if (!chosen[index]) {
                chosen[index] = true;
                picked++;
            }
        }
        return chosen;
    }
}

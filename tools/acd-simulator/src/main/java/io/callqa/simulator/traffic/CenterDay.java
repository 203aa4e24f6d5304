package io.callqa.simulator.traffic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.callqa.simulator.center.Agent;

/**
 * The center's day: the agents who work that day get the planned shifts in a random order (the rest are off),
 * disruptions take some of them off the phones, the day's volume deviates from the forecast, the queues run, and
 * some abandoned callers get a callback.
 */
final class CenterDay {

    private final Scenario scenario;
    private final Forecast forecast;

    CenterDay(Scenario scenario, Forecast forecast) {
        this.scenario = scenario;
        this.forecast = forecast;
    }

    List<Leg> simulate(List<Agent> roster, LocalDate day, long dayStart) {
        long epochDay = day.toEpochDay();
        List<Agent> working = new ArrayList<>(roster.stream().filter(a -> a.worksOn(day)).toList());
        shuffle(working, stream("shifts", epochDay));
        boolean[][] onDuty = shifts(working, forecast.required(day));
        Disruptions.apply(working, onDuty, stream("disruptions", epochDay));
        double noise = Math.exp(Model.DAY_VOLUME_SIGMA * Draw.gaussian(stream("volume", epochDay)));
        double[] rates = new double[DailyCurve.INTERVALS];
        for (int i = 0; i < rates.length; i++) {
            rates[i] = forecast.ratePerSecond(day, i) * noise;
        }
        List<Leg> legs = new QueueSimulation(scenario.queueProfiles(), dayStart, working, onDuty,
                stream("queue", epochDay)).run(rates);
        legs.addAll(Callbacks.plan(legs, working, onDuty, dayStart, stream("callbacks", epochDay)));
        return legs;
    }

    private boolean[][] shifts(List<Agent> working, int[] required) {
        int night = Math.min(forecast.nightAgents(required), working.size() / 4);
        List<boolean[]> shifts = ShiftPlanner.plan(required, working.size() - night, night);
        boolean[][] onDuty = new boolean[working.size()][];
        for (int a = 0; a < onDuty.length; a++) {
            onDuty[a] = a < shifts.size() ? shifts.get(a).clone() : new boolean[DailyCurve.INTERVALS];
        }
        return onDuty;
    }

    private SplittableRandom stream(String purpose, long epochDay) {
        return Seeds.stream(scenario.seed(), purpose, epochDay);
    }

    private static void shuffle(List<Agent> agents, SplittableRandom random) {
        for (int i = agents.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            agents.set(j, agents.set(i, agents.get(j)));
        }
    }
}

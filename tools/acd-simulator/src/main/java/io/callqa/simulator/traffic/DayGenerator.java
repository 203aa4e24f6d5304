package io.callqa.simulator.traffic;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.callqa.simulator.center.Agent;
import io.callqa.simulator.complaint.ComplaintMaker;
import io.callqa.simulator.records.Call;
import io.callqa.simulator.records.ServiceFaults;
import io.callqa.simulator.traffic.CallDetails.Detailed;
import io.callqa.simulator.transcript.TranscriptWriter;

/**
 * One day of the center: its queues simulated, the calls numbered in the order they started
 * ({@code SIM-<seed>-<yyyyMMdd>-<nnnnnn>}), callers, details and transcripts added, complaints drawn.
 * Each day draws from its own streams, so a day comes out the same whatever period it is part of.
 */
public final class DayGenerator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Scenario scenario;
    private final List<Agent> roster;
    private final CenterDay center;
    private final TranscriptWriter transcripts;
    private final ComplaintMaker complaints;

    public DayGenerator(Scenario scenario, List<Agent> roster) {
        this.scenario = scenario;
        this.roster = roster;
        this.center = new CenterDay(scenario, Forecast.plan(scenario.queueProfiles(), roster.size()));
        this.transcripts = scenario.transcripts() ? new TranscriptWriter() : null;
        this.complaints = new ComplaintMaker(scenario.seed());
    }

    public DayTraffic generate(LocalDate day) {
        long epochDay = day.toEpochDay();
        List<Leg> legs = legs(day);
        CallerNumbers callers = new CallerNumbers(Seeds.stream(scenario.seed(), "callers", epochDay));
        List<Call> calls = new ArrayList<>(legs.size());
        List<ServiceFaults> faults = new ArrayList<>(legs.size());
        for (int i = 0; i < legs.size(); i++) {
            String callId = "SIM-" + scenario.seed() + "-" + DAY.format(day) + "-" + String.format("%06d", i + 1);
            Detailed detailed = CallDetails.describe(legs.get(i), callId, callers.numberFor(legs.get(i)),
                    scenario.zone(), Seeds.stream(scenario.seed(), "call", epochDay, i));
            calls.add(withTranscript(detailed, epochDay, i));
            faults.add(detailed.faults());
        }
        var dayComplaints = complaints.complaints(day, calls, faults,
                Seeds.stream(scenario.seed(), "complaints", epochDay));
        calls.sort(Comparator.comparing(Call::endedAt).thenComparing(Call::callId));
        return new DayTraffic(day, calls, dayComplaints);
    }

    /** The day's legs in the order they started. */
    private List<Leg> legs(LocalDate day) {
        List<Leg> legs = center.simulate(roster, day, day.atStartOfDay(scenario.zone()).toEpochSecond());
        legs.sort(Comparator.comparingLong(Leg::startedAt)); // stable: callbacks after inbound calls on a tie
        return legs;
    }

    private Call withTranscript(Detailed detailed, long epochDay, int index) {
        if (transcripts == null) {
            return detailed.call();
        }
        var random = Seeds.stream(scenario.seed(), "transcript", epochDay, index);
        return detailed.call().withTranscript(transcripts.write(detailed.call(), detailed.faults(), random));
    }
}

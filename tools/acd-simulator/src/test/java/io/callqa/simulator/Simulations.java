package io.callqa.simulator;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.callqa.simulator.records.Call;
import io.callqa.simulator.records.Complaint;
import io.callqa.simulator.traffic.Event;
import io.callqa.simulator.traffic.Scenario;
import io.callqa.simulator.traffic.Timeline;
import io.callqa.simulator.traffic.Traffic;

/** Scenarios for the tests, and their traffic collected into lists. */
public final class Simulations {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** A Monday. */
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private Simulations() {
    }

    public static Scenario scenario(int agents, LocalDate start, int days, long seed, boolean transcripts) {
        return new Scenario(agents, 5, 3, start, days, SHANGHAI, seed, transcripts);
    }

    public record Collected(List<Call> calls, List<Complaint> complaints) {

        public List<Call> inbound() {
            return calls.stream().filter(Call::inbound).toList();
        }

        public List<Call> answeredInbound() {
            return calls.stream().filter(c -> c.inbound() && c.answered()).toList();
        }
    }

    public static Collected collect(Scenario scenario) {
        List<Call> calls = new ArrayList<>();
        List<Complaint> complaints = new ArrayList<>();
        for (Timeline timeline = new Traffic(scenario).timeline(); timeline.hasNext(); ) {
            Event event = timeline.next();
            if (event.isCall()) {
                calls.add(event.call());
            } else {
                complaints.add(event.complaint());
            }
        }
        return new Collected(calls, complaints);
    }
}

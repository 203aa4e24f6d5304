package io.callqa.simulator.traffic;

import java.time.LocalDate;
import java.util.List;

import io.callqa.simulator.records.Call;
import io.callqa.simulator.records.Complaint;

/** One simulated day: its calls in the order they ended, and the complaints about them. */
public record DayTraffic(LocalDate day, List<Call> calls, List<Complaint> complaints) {

    public DayTraffic {
        calls = List.copyOf(calls);
        complaints = List.copyOf(complaints);
    }
}

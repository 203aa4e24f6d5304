package io.callqa.simulator.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.callqa.simulator.records.Call;
import io.callqa.simulator.records.Complaint;
import io.callqa.simulator.records.Complaint.Severity;
import io.callqa.simulator.records.ServiceFaults;
import io.callqa.simulator.traffic.Draw;

/**
 * Complaint tickets (投诉工单) for about 0.3% of answered inbound calls, received 10 minutes to 4 hours after the call
 * ended: rarely out of the blue, far more often after a banned phrase, questioning back or a number read out, and a
 * little more often after a long wait. About one in six is escalated to group level (集团级), more after rudeness.
 */
public final class ComplaintMaker {

    static final double BASE_RATE = 0.0012;
    static final double AFTER_SERIOUS_FAULT = 0.04;
    static final double AFTER_LONG_WAIT = 0.004;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final long seed;

    public ComplaintMaker(long seed) {
        this.seed = seed;
    }

    /** {@code calls} and {@code faults} side by side, in the day's call order. */
    public List<Complaint> complaints(LocalDate day, List<Call> calls, List<ServiceFaults> faults,
            SplittableRandom random) {
        List<Complaint> complaints = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            Call call = calls.get(i);
            if (call.answered() && call.inbound() && Draw.chance(random, rate(call, faults.get(i)))) {
                String id = "CMP-" + seed + "-" + DAY.format(day) + "-" + String.format("%04d", complaints.size() + 1);
                complaints.add(complaint(id, call, faults.get(i), random));
            }
        }
        return complaints;
    }

    private static double rate(Call call, ServiceFaults faults) {
        double afterFault = faults.serious() ? AFTER_SERIOUS_FAULT : 0;
        return BASE_RATE + afterFault + (call.waitSeconds() > 60 ? AFTER_LONG_WAIT : 0);
    }

    private static Complaint complaint(String id, Call call, ServiceFaults faults, SplittableRandom random) {
        Category category = Category.of(call, faults, random);
        boolean rude = faults.bannedPhrase() || faults.questionedBack();
        Severity severity = Draw.chance(random, rude ? 0.35 : 0.12) ? Severity.GROUP_LEVEL : Severity.NORMAL;
        Instant received = call.endedAt().plusSeconds(Draw.between(random, 600, 4 * 3_600));
        return new Complaint(id, call.callId(), call.agentId(), received, category.name(), severity,
                Draw.oneOf(random, category.summaries()));
    }
}

package io.callqa.simulator.traffic;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import io.callqa.simulator.records.Call;
import io.callqa.simulator.records.Call.Direction;
import io.callqa.simulator.records.Call.ReleasedBy;
import io.callqa.simulator.records.ServiceFaults;

/** Turns a leg into the record the ACD sends: hold, who hung up, recording, ticket category, survey, faults. */
final class CallDetails {

    private static final DateTimeFormatter RECORDING_DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private CallDetails() {
    }

    record Detailed(Call call, ServiceFaults faults) {
    }

    static Detailed describe(Leg leg, String callId, String callerNumber, ZoneId zone, SplittableRandom random) {
        boolean answered = leg.answered();
        int talk = leg.talkSeconds();
        boolean newHire = leg.agent() != null && leg.agent().newHire();
        ServiceFaults faults = answered && talk >= 20 ? Faults.draw(random, newHire) : ServiceFaults.NONE;
        Call call = new Call(callId, leg.direction(), leg.queue().queueId(),
                leg.agent() == null ? null : leg.agent().agentId(),
                leg.agent() == null ? null : leg.agent().teamId(),
                callerNumber,
                leg.direction() == Direction.INBOUND ? Instant.ofEpochSecond(leg.startedAt()) : null,
                answered ? Instant.ofEpochSecond(leg.answeredAt()) : null,
                Instant.ofEpochSecond(leg.endedAt()),
                talk,
                answered ? hold(talk, random) : 0,
                releasedBy(leg, random),
                answered ? recordingUri(leg, callId, zone) : null,
                answered ? wrapUp(leg, random) : null,
                answered && leg.direction() == Direction.INBOUND ? Satisfaction.draw(random, leg, faults) : null,
                null);
        return new Detailed(call, faults);
    }

    /** One call in five of a minute or more has the customer on hold for 10 s to 2 min (at most a third of it). */
    private static int hold(int talk, SplittableRandom random) {
        return talk >= 60 && Draw.chance(random, 0.2) ? Draw.between(random, 10, Math.min(120, talk / 3)) : 0;
    }

    private static ReleasedBy releasedBy(Leg leg, SplittableRandom random) {
        if (!leg.answered()) {
            return leg.direction() == Direction.INBOUND ? ReleasedBy.CUSTOMER : ReleasedBy.SYSTEM;
        }
        double u = random.nextDouble();
        if (leg.talkSeconds() < 20) {
            return u < 0.25 ? ReleasedBy.SYSTEM : u < 0.85 ? ReleasedBy.CUSTOMER : ReleasedBy.AGENT;
        }
        return u < 0.02 ? ReleasedBy.SYSTEM : u < 0.70 ? ReleasedBy.CUSTOMER : ReleasedBy.AGENT;
    }

    private static String recordingUri(Leg leg, String callId, ZoneId zone) {
        return "s3://recordings/" + RECORDING_DAY.format(Instant.ofEpochSecond(leg.answeredAt()).atZone(zone))
                + "/" + callId + ".wav";
    }

    /** The first category of a queue is the most common, each next one less so. */
    private static String wrapUp(Leg leg, SplittableRandom random) {
        var codes = leg.queue().wrapUpCodes();
        int index = 0;
        while (index < codes.size() - 1 && Draw.chance(random, 0.45)) {
            index++;
        }
        return codes.get(index);
    }
}

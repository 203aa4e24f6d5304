package io.callqa.ingest.adapters.freeswitch;

import java.time.Duration;
import java.time.Instant;

import io.callqa.ingest.adapters.CallBuilder;

/** What every leg mapping needs: the call id and the end of the call. */
final class CdrCall {

    private CdrCall() {
    }

    /** The leg's uuid as the call id; an error naming {@code variables.uuid} when the CDR has none. */
    static String callId(CdrFields cdr, CallBuilder call) {
        String uuid = cdr.legUuid();
        if (uuid == null) {
            call.error("variables.uuid", "is required: the channel's uuid is the call id");
        }
        return uuid;
    }

    /** The first of the preferred ends that is set, else the channel's {@code end_epoch}, which is then required. */
    static Instant endedAt(CdrFields cdr, CallBuilder call, Instant... preferred) {
        for (Instant end : preferred) {
            if (end != null) {
                return end;
            }
        }
        return cdr.requiredEpoch("end_epoch", "is required: the time the channel hung up", call);
    }

    static Integer seconds(Instant from, Instant to) {
        return from == null || to == null ? null : (int) Duration.between(from, to).getSeconds();
    }
}

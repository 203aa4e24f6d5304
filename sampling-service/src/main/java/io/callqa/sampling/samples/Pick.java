package io.callqa.sampling.samples;

import java.time.Instant;

import io.callqa.sampling.calls.CallRow;
import io.callqa.sampling.rules.Reason;

/**
 * One rule picking one call. {@code eventAt} is the event time of the pick: the latest {@code endedAt} among the
 * records it needs (or the watermark that closed an interval or a day), so that jobs driven by the watermark can
 * tell the picks every ordering of the stream has made by then from those a faster replay made early. Null for
 * picks made by other inputs (evaluations, complaints, requests), which follow the wall clock.
 */
public record Pick(CallRow call, Reason reason, Instant eventAt) {

    /** A pick made on the arrival of the call's own record. */
    public Pick(CallRow call, Reason reason) {
        this(call, reason, call.endedAt());
    }

    /** A pick made by another input than the call stream. */
    public static Pick outsideEventTime(CallRow call, Reason reason) {
        return new Pick(call, reason, null);
    }
}

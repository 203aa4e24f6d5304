package io.callqa.sampling.samples;

import io.callqa.sampling.calls.CallRow;
import io.callqa.sampling.rules.Reason;

/** One rule picking one call. */
public record Pick(CallRow call, Reason reason) {
}

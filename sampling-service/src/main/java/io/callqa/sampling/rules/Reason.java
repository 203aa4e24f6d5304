package io.callqa.sampling.rules;

import java.util.Map;

/**
 * Why a rule picked a call: a sentence a person can check against the call, and the evidence behind it (the
 * interval's figures, the origin evaluation, the later call, the quota state), shown by the sample's API.
 */
public record Reason(Rule rule, String detail, Map<String, Object> evidence) {

    public Reason {
        evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
    }

    public Reason(Rule rule, String detail) {
        this(rule, detail, Map.of());
    }
}

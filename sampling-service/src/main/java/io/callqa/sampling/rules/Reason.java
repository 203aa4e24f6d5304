package io.callqa.sampling.rules;

import java.util.Map;

import io.callqa.events.SampleSelected.Mode;
import io.callqa.events.SampleSelected.Priority;

/**
 * Why a rule picked a call: a sentence a person can check against the call, and the evidence behind it (the
 * interval's figures, the origin evaluation, the later call, the quota state), shown by the sample's API.
 * {@code mode} and {@code priority}, when set, override the rule's for this pick (a manual pick may ask for them).
 */
public record Reason(Rule rule, String detail, Map<String, Object> evidence, Mode mode, Priority priority) {

    public Reason {
        evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
    }

    public Reason(Rule rule, String detail, Map<String, Object> evidence) {
        this(rule, detail, evidence, null, null);
    }

    public Reason(Rule rule, String detail) {
        this(rule, detail, Map.of());
    }
}

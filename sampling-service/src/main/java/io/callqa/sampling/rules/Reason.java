package io.callqa.sampling.rules;

/** Why a rule picked a call, in a sentence a person can check against the call. */
public record Reason(Rule rule, String detail) {
}

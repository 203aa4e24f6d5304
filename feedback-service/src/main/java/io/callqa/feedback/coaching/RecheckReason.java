package io.callqa.feedback.coaching;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.callqa.events.SampleSelected;

/**
 * Reads the sampling service's RECHECK reason, whose detail is {@code re-check <k> of <n> after coaching plan
 * <planId>}: is an evaluation a re-check, and of which plan?
 */
public final class RecheckReason {

    public static final String RULE = "RECHECK";
    private static final Pattern PLAN = Pattern.compile(
            "coaching plan ([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");

    private RecheckReason() {
    }

    /** The RECHECK reason among {@code reasons}, if any. */
    public static Optional<SampleSelected.Reason> find(List<SampleSelected.Reason> reasons) {
        return reasons.stream().filter(r -> RULE.equals(r.rule())).findFirst();
    }

    /** The plan a RECHECK detail names; empty when it names none that can be read. */
    public static Optional<UUID> planId(SampleSelected.Reason reason) {
        if (reason.detail() == null) {
            return Optional.empty();
        }
        Matcher m = PLAN.matcher(reason.detail());
        return m.find() ? Optional.of(UUID.fromString(m.group(1))) : Optional.empty();
    }

    /** The detail sampling writes for the {@code k}-th of {@code n} re-check calls of a plan. */
    public static String detail(int k, int n, UUID planId) {
        return "re-check " + k + " of " + n + " after coaching plan " + planId;
    }
}

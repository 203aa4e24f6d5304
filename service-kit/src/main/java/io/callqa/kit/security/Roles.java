package io.callqa.kit.security;

/** The roles of the {@code groups} claim. */
public final class Roles {

    public static final String AGENT = "agent";
    public static final String TEAM_LEAD = "team-lead";
    public static final String EVALUATOR = "evaluator";
    public static final String QA_LEAD = "qa-lead";
    public static final String ADMIN = "admin";
    public static final String ACD = "acd";

    private Roles() {
    }
}

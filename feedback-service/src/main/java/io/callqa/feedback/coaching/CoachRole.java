package io.callqa.feedback.coaching;

/** Who coaches: the agent's team lead by default, a QA lead once a re-check has failed. */
public enum CoachRole { TEAM_LEAD, QA_LEAD }

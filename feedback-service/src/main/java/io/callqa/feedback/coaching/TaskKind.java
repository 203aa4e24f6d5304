package io.callqa.feedback.coaching;

/** The three exercises a plan sets for each weak item. */
public enum TaskKind { LISTEN_EXCELLENT, STUDY_KNOWLEDGE, ROLE_PLAY }

package io.callqa.simulator.cli;

/** What the simulator was asked to do. */
public enum Command { GENERATE, PUSH, HELP }

package io.callqa.sampling.neighbours;

/** Which neighbour of the evaluated call: the agent's answered call just before it, or just after. */
public enum Side {
    BEFORE, AFTER
}

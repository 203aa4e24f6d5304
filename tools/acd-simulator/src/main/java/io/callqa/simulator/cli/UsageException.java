package io.callqa.simulator.cli;

/** A command line the simulator cannot run; the message says what to change. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}

package io.callqa.events;

/** A record on an event topic that cannot be read as an event of the topic's family. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }
}

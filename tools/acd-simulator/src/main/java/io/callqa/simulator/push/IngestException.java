package io.callqa.simulator.push;

/** The ingest API cannot take what the simulator sends: no point going on. {@code status} 0: no HTTP answer. */
public final class IngestException extends Exception {

    private final int status;

    public IngestException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}

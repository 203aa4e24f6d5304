package io.callqa.ingest.intake;

/** Where records came from; the {@code source} tag of the ingest metrics. */
public enum Source {
    API("api"),
    CSV("csv"),
    AMAZON_CONNECT("amazon-connect"),
    FREESWITCH("freeswitch"),
    ASTERISK("asterisk"),
    KAFKA("kafka");

    private final String tag;

    Source(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}

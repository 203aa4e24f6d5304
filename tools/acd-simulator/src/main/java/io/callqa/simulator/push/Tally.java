package io.callqa.simulator.push;

import java.util.ArrayList;
import java.util.List;

/** What happened to one kind of record (calls, agents or complaints): counts and the first rejection messages. */
public final class Tally {

    static final int KEPT_MESSAGES = 5;

    private final String name;
    private long sent;
    private long accepted;
    private long duplicates;
    private long rejected;
    private long heldBack;
    private final List<String> firstRejections = new ArrayList<>();

    public Tally(String name) {
        this.name = name;
    }

    public synchronized void record(int records, BatchAnswer answer) {
        sent += records;
        accepted += answer.accepted();
        duplicates += answer.duplicates();
        rejected += answer.rejected();
        for (String message : answer.rejections()) {
            if (firstRejections.size() < KEPT_MESSAGES) {
                firstRejections.add(message);
            }
        }
    }

    public synchronized void heldBack(long records) {
        heldBack += records;
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(name, sent, accepted, duplicates, rejected, heldBack, List.copyOf(firstRejections));
    }

    /** The counts at one moment. */
    public record Snapshot(String name, long sent, long accepted, long duplicates, long rejected, long heldBack,
            List<String> firstRejections) {
    }
}

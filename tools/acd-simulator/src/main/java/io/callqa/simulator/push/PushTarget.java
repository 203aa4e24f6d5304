package io.callqa.simulator.push;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.callqa.simulator.center.Agent;
import io.callqa.simulator.cli.Format;
import io.callqa.simulator.cli.Options;
import io.callqa.simulator.output.CsvRecords;
import io.callqa.simulator.output.JsonRecords;
import io.callqa.simulator.traffic.Event;

/**
 * The three endpoints and their batches: calls ({@code --format}), the roster and complaints (JSON arrays).
 * Complaints are posted only after the calls batch before them, so a complaint never names a call not yet sent.
 * An ingest API without a roster or complaints endpoint (404, 405) gets a warning and the rest of the push.
 */
public final class PushTarget {

    static final String AGENTS_PATH = "/api/v1/agents";
    static final String COMPLAINTS_PATH = "/api/v1/complaints";

    private final Options options;
    private final PrintStream err;
    private final JsonRecords json;
    private final CsvRecords csv;
    private final Tally callTally = new Tally("calls");
    private final Tally agentTally = new Tally("agents");
    private final Tally complaintTally = new Tally("complaints");
    private final Sender calls;
    private final Sender agents;
    private final Sender complaints;
    private boolean complaintsAvailable;

    public PushTarget(Options options, IngestClient client, Ticker ticker, PrintStream err) {
        this(options, client, ticker, err, BatchBody.MAX_BYTES);
    }

    PushTarget(Options options, IngestClient client, Ticker ticker, PrintStream err, int maxBytes) {
        this.options = options;
        this.err = err;
        this.json = new JsonRecords(options.scenario().zone());
        this.csv = new CsvRecords(options.scenario().zone());
        Pacer pacer = new Pacer(options.rate(), ticker);
        int batch = pacer.batchLimit(options.batch());
        Format format = options.format();
        this.calls = new Sender(format.path(), format.contentType(), new BatchBody(format, batch, maxBytes), client,
                pacer, callTally);
        this.agents = new Sender(AGENTS_PATH, Format.JSON.contentType(),
                new BatchBody(Format.JSON, options.batch(), maxBytes), client, pacer, agentTally);
        this.complaints = new Sender(COMPLAINTS_PATH, Format.JSON.contentType(),
                new BatchBody(Format.JSON, options.batch(), maxBytes), client, pacer, complaintTally);
        this.complaintsAvailable = options.complaints();
    }

    Tally calls() {
        return callTally;
    }

    void sendRoster(List<Agent> roster) throws IngestException, InterruptedException {
        try {
            for (Agent agent : roster) {
                byte[] record = JsonRecords.bytes(json.agent(agent));
                if (!agents.fits(record)) {
                    agents.flush();
                }
                agents.add(record);
            }
            agents.flush();
        } catch (IngestException e) {
            skipUnlessMissing(e, "roster");
        }
    }

    void send(Event event) throws IngestException, InterruptedException {
        if (event.isCall()) {
            byte[] record = options.format() == Format.CSV
                    ? csv.call(event.call()).getBytes(StandardCharsets.UTF_8)
                    : JsonRecords.bytes(json.call(event.call()));
            if (!calls.fits(record)) {
                flush();
            }
            calls.add(record);
        } else if (complaintsAvailable) {
            byte[] record = JsonRecords.bytes(json.complaint(event.complaint()));
            if (!complaints.fits(record)) {
                flush();
            }
            complaints.add(record);
        }
    }

    void holdBack(Event event) {
        if (event.isCall()) {
            callTally.heldBack(1);
        } else if (options.complaints()) {
            complaintTally.heldBack(1);
        }
    }

    /** The calls batch, then the complaints about calls up to it. */
    void flush() throws IngestException, InterruptedException {
        calls.flush();
        if (complaintsAvailable && complaints.hasPending()) {
            try {
                complaints.flush();
            } catch (IngestException e) {
                complaintsAvailable = false;
                skipUnlessMissing(e, "complaints");
            }
        }
    }

    List<Tally.Snapshot> snapshots() {
        List<Tally.Snapshot> snapshots = new ArrayList<>(List.of(callTally.snapshot()));
        if (options.roster()) {
            snapshots.add(agentTally.snapshot());
        }
        if (options.complaints()) {
            snapshots.add(complaintTally.snapshot());
        }
        return snapshots;
    }

    private void skipUnlessMissing(IngestException e, String what) throws IngestException {
        if (e.status() != 404 && e.status() != 405) {
            throw e;
        }
        err.println(System.lineSeparator() + "warning: " + what + " skipped (--no-" + what + " silences this): "
                + e.getMessage());
    }
}

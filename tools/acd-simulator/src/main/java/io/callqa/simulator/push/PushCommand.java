package io.callqa.simulator.push;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.callqa.simulator.cli.Options;
import io.callqa.simulator.traffic.Event;
import io.callqa.simulator.traffic.Timeline;
import io.callqa.simulator.traffic.Traffic;

/**
 * {@code push}: the roster, then the period's calls in the order they ended, each complaint in the first request
 * after its call's. Historical: everything already over goes as fast as allowed, what would end in the future is
 * held back. Live ({@code --live}): each event goes once it is due (see {@link LiveClock}), batches are sent before
 * every wait.
 */
public final class PushCommand {

    private static final DateTimeFormatter POSITION = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Options options;
    private final Ticker ticker;
    private final PushTarget target;
    private final PrintStream err;
    private final long startedNanos;
    private volatile Instant position;
    private volatile Progress progress;
    private boolean summarised;

    public PushCommand(Options options, PushTarget target, Ticker ticker, PrintStream err) {
        this.options = options;
        this.target = target;
        this.ticker = ticker;
        this.err = err;
        this.startedNanos = ticker.nanoTime();
    }

    /** Sends everything; the tallies say what became of it. Throws when the ingest API cannot go on. */
    public void run(Traffic traffic) throws IngestException, InterruptedException {
        try (Progress line = new Progress(err, System.console() != null, target.calls()::snapshot, this::position,
                ticker)) {
            progress = line;
            if (!options.quiet()) {
                line.start();
            }
            if (options.roster()) {
                target.sendRoster(traffic.roster());
            }
            sendTimeline(traffic.timeline());
        }
    }

    public List<Tally.Snapshot> tallies() {
        return target.snapshots();
    }

    /** The summary, once: at the end, or when the push is interrupted (Ctrl-C). */
    public synchronized void printSummary(PrintStream out) {
        if (!summarised) {
            summarised = true;
            if (progress != null) {
                progress.close(); // stops and clears the progress line, so that the summary starts on its own
            }
            out.print(PushSummary.text(tallies(), ticker.nanoTime() - startedNanos));
            out.flush();
        }
    }

    private void sendTimeline(Timeline timeline) throws IngestException, InterruptedException {
        LiveClock clock = new LiveClock(ticker,
                options.scenario().start().atStartOfDay(options.scenario().zone()).toInstant(), options.speed());
        while (timeline.hasNext()) {
            Instant due = timeline.peekDue();
            if (!options.live() && due.isAfter(ticker.now())) {
                target.flush();
                holdBack(timeline);
                return;
            }
            Duration wait = options.live() ? clock.untilDue(due) : Duration.ZERO;
            if (!wait.isZero()) {
                target.flush();
                ticker.sleep(wait);
                continue;
            }
            Event event = timeline.next();
            target.send(event);
            position = event.due();
        }
        target.flush();
    }

    private void holdBack(Timeline timeline) {
        while (timeline.hasNext()) {
            target.holdBack(timeline.next());
        }
        err.println(System.lineSeparator() + "held back what ends after now; use --live to send it as it ends");
    }

    private String position() {
        Instant at = position;
        return at == null ? null : POSITION.format(at.atZone(options.scenario().zone()));
    }
}

package io.callqa.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

import io.callqa.simulator.cli.Format;
import io.callqa.simulator.cli.OptionParser;
import io.callqa.simulator.cli.Options;
import io.callqa.simulator.cli.Usage;
import io.callqa.simulator.cli.UsageException;
import io.callqa.simulator.output.GenerateCommand;
import io.callqa.simulator.push.Credentials;
import io.callqa.simulator.push.IngestClient;
import io.callqa.simulator.push.IngestException;
import io.callqa.simulator.push.PushCommand;
import io.callqa.simulator.push.PushTarget;
import io.callqa.simulator.push.Tally;
import io.callqa.simulator.push.Ticker;
import io.callqa.simulator.traffic.Traffic;

/**
 * {@code acd-simulator generate|push [options]}. Exit status: 0 done and all accepted, 1 some records rejected, 2 a
 * command line it cannot run, 3 it could not finish (the ingest API failed, a file could not be written).
 */
public final class Main {

    public static final int OK = 0;
    public static final int REJECTED = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new Main(System.out, System.err).run(args, System.getenv(), Clock.systemUTC()));
    }

    int run(String[] args, Map<String, String> environment, Clock clock) {
        Options options;
        try {
            options = OptionParser.parse(args, environment, clock);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage() + " (see --help)");
            return USAGE;
        }
        if (options.format() == Format.CSV && options.scenario().transcripts()) {
            err.println("warning: CSV has no transcript column; the transcripts are left out");
        }
        try {
            return switch (options.command()) {
                case HELP -> help(args);
                case GENERATE -> new GenerateCommand(options, out, err).run();
                case PUSH -> push(options);
            };
        } catch (IOException e) {
            err.println("error: cannot write " + e.getMessage() + " (" + e.getClass().getSimpleName() + ")");
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILED;
        }
    }

    private int help(String[] args) {
        out.print(Usage.text());
        return args.length == 0 ? USAGE : OK;
    }

    private int push(Options options) throws InterruptedException {
        IngestClient client = new IngestClient(options.url(), new Credentials(options.token(), options.apiKey()),
                IngestClient.httpClient(), Ticker.SYSTEM, options.retries());
        PushCommand push = new PushCommand(options, new PushTarget(options, client, Ticker.SYSTEM, err),
                Ticker.SYSTEM, err);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> push.printSummary(out), "summary"));
        try {
            push.run(new Traffic(options.scenario()));
        } catch (IngestException e) {
            push.printSummary(out);
            err.println("error: " + e.getMessage());
            return FAILED;
        }
        push.printSummary(out);
        return push.tallies().stream().mapToLong(Tally.Snapshot::rejected).sum() > 0 ? REJECTED : OK;
    }
}

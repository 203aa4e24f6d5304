package io.callqa.simulator.cli;

import java.net.URI;

import io.callqa.simulator.traffic.Scenario;

/**
 * A parsed command line. {@code out} is a file name or {@code -} (standard output); {@code rate} null means as fast
 * as possible; {@code speed} null means a live push catches up at once instead of replaying from the start.
 */
public record Options(
        Command command,
        Scenario scenario,
        String out,
        Format format,
        URI url,
        String token,
        String apiKey,
        int batch,
        Double rate,
        boolean live,
        Double speed,
        boolean roster,
        boolean complaints,
        int retries,
        boolean quiet) {

    public static final int MAX_BATCH = 10_000;
}

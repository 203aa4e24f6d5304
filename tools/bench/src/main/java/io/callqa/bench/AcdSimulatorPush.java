package io.callqa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.callqa.local.Service;

/**
 * The ACD simulator ({@code tools/acd-simulator/target/acd-simulator.jar}) pushing a center's period through the
 * ingest API as its own process: the roster first, then every call in the order the calls ended, complaints after
 * their calls, one request of 1,000 records at a time, as fast as ingest answers. Its summary (stdout) and progress
 * (stderr) go to {@code <data>/logs/acd-simulator.log}.
 */
final class AcdSimulatorPush {

    private static final Pattern CALLS = Pattern.compile("(?m)^calls\\s+sent (\\d+)\\s+accepted (\\d+)\\s+duplicates"
            + " (\\d+)\\s+rejected (\\d+)");

    private final Process process;
    private final Path log;
    private final long startedNanos;
    private long endedNanos;

    private AcdSimulatorPush(Process process, Path log, long startedNanos) {
        this.process = process;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    static AcdSimulatorPush start(Path repositoryRoot, Path dataDirectory, String ingestUrl, SamplingOptions options)
            throws IOException {
        Path jar = repositoryRoot.resolve("tools/acd-simulator/target/acd-simulator.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -B -q install -DskipTests -pl"
                    + " tools/acd-simulator (tools/bench/run.sh --through-ingest does)");
        }
        Path log = dataDirectory.resolve("logs/acd-simulator.log");
        Files.createDirectories(log.getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx1g", "-jar", jar.toString(), "push",
                "--agents", String.valueOf(options.agents()),
                "--teams", String.valueOf(teams(options.agents())),
                "--queues", "4",
                "--start", options.firstDay().toString(),
                "--days", String.valueOf(options.days()),
                "--seed", String.valueOf(options.seed()),
                "--url", ingestUrl,
                "--batch", "1000");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("CALLQA_TOKEN");
        builder.environment().put("CALLQA_API_KEY", Service.LOCAL_API_KEY); // the local stack's key, not a token
        return new AcdSimulatorPush(builder.start(), log, System.nanoTime());
    }

    /** Teams of 20 consecutive agents, as in the generated replay; the simulator takes 1 to 99. */
    static int teams(int agents) {
        return Math.max(1, Math.min(99, (agents + 19) / 20));
    }

    long pid() {
        return process.pid();
    }

    long startedNanos() {
        return startedNanos;
    }

    /** {@link System#nanoTime()} when the push was first seen finished; 0 while it runs. */
    long endedNanos() {
        return endedNanos;
    }

    /** Whether the push has ended; fails when it ended without every record accepted. */
    boolean finished() throws IOException {
        if (process.isAlive()) {
            return false;
        }
        if (endedNanos == 0) {
            endedNanos = System.nanoTime();
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the ACD simulator ended with status " + process.exitValue() + ": see "
                    + log);
        }
        return true;
    }

    /** The calls ingest accepted, from the simulator's summary; fails when any call was a duplicate or rejected. */
    long acceptedCalls() throws IOException {
        Matcher calls = CALLS.matcher(Files.readString(log));
        long sent = -1;
        long accepted = -1;
        while (calls.find()) { // progress lines look alike: the summary is the last
            sent = Long.parseLong(calls.group(1));
            accepted = Long.parseLong(calls.group(2));
        }
        if (sent < 0) {
            throw new IllegalStateException("no calls summary in " + log);
        }
        if (accepted != sent) {
            throw new IllegalStateException("ingest accepted " + accepted + " of " + sent + " calls: see " + log);
        }
        return accepted;
    }

    /** The simulator's summary: its last four lines of calls, agents, complaints and elapsed time. */
    List<String> summary() throws IOException {
        List<String> lines = Files.readAllLines(log).stream()
                .filter(line -> line.matches("^(calls|agents|complaints|elapsed)\\s.*"))
                .toList();
        return lines.subList(Math.max(0, lines.size() - 4), lines.size());
    }

    void stop() {
        process.destroy();
    }
}

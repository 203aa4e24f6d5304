package io.callqa.simulator.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.callqa.simulator.cli.Options;
import io.callqa.simulator.records.Complaint;
import io.callqa.simulator.traffic.Event;
import io.callqa.simulator.traffic.Timeline;
import io.callqa.simulator.traffic.Traffic;

/**
 * {@code generate}: the calls to {@code --out} in the order they ended, and next to it the roster
 * ({@code <name>.agents.json}) and the complaints ({@code <name>.complaints.json}) as the JSON arrays their endpoints
 * take. With {@code --out -} only the calls, to stdout.
 */
public final class GenerateCommand {

    private final Options options;
    private final PrintStream stdout;
    private final PrintStream err;

    public GenerateCommand(Options options, PrintStream stdout, PrintStream err) {
        this.options = options;
        this.stdout = stdout;
        this.err = err;
    }

    public int run() throws IOException {
        Traffic traffic = new Traffic(options.scenario());
        JsonRecords json = new JsonRecords(options.scenario().zone());
        boolean toStdout = options.out().equals("-");
        List<Complaint> complaints = new ArrayList<>();
        long calls;
        try (OutputStream out = toStdout ? new NonClosing(stdout) : file(Path.of(options.out()))) {
            CallWriter writer = new CallWriter(out, options.format(), options.scenario().zone());
            for (Timeline timeline = traffic.timeline(); timeline.hasNext(); ) {
                Event event = timeline.next();
                if (event.isCall()) {
                    writer.write(event.call());
                } else {
                    complaints.add(event.complaint());
                }
            }
            calls = writer.written();
        }
        StringBuilder report = new StringBuilder("wrote " + calls + " calls to " + options.out());
        if (!toStdout && options.roster()) {
            Path file = sibling("agents.json");
            writeArray(file, traffic.roster().stream().map(json::agent).toList());
            report.append(", ").append(traffic.roster().size()).append(" agents to ").append(file);
        }
        if (!toStdout && options.complaints()) {
            Path file = sibling("complaints.json");
            writeArray(file, complaints.stream().map(json::complaint).toList());
            report.append(", ").append(complaints.size()).append(" complaints to ").append(file);
        }
        err.println(report);
        return 0;
    }

    private static OutputStream file(Path path) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
    }

    /** {@code calls.ndjson} → {@code calls.agents.json}, in the same directory. */
    private Path sibling(String suffix) {
        Path out = Path.of(options.out());
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return out.resolveSibling(stem + "." + suffix);
    }

    /** One element per line, so that the file diffs and greps well. */
    static void writeArray(Path file, List<ObjectNode> nodes) throws IOException {
        try (OutputStream out = file(file)) {
            out.write('[');
            for (int i = 0; i < nodes.size(); i++) {
                out.write((i == 0 ? "\n" : ",\n").getBytes(StandardCharsets.UTF_8));
                out.write(JsonRecords.bytes(nodes.get(i)));
            }
            out.write("\n]\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Standard output, flushed but left open. */
    private static final class NonClosing extends java.io.FilterOutputStream {

        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

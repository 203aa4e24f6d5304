package io.callqa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went during a phase, in cores: the ingest JVM, this JVM's load generator threads,
 * the rest of this JVM (the embedded Kafka broker, and this JVM's GC and JIT), PostgreSQL, this JVM's child processes
 * that ended during the phase (the ACD simulator of {@code --through-ingest}), and everything else (the kernel's
 * own work, other tenants of a shared machine).
 */
public final class CpuMeter {

    /** Clock ticks at one moment. */
    public record Snapshot(long machineBusy, long machineTotal, long ingest, long bench, long loadGenerator,
            long postgres, long endedChildren) {
    }

    /** Average cores used between two snapshots. */
    public record Usage(double machine, double ingest, double broker, double loadGenerator, double postgres,
            double endedChildren, double other) {

        /** This JVM: the broker and the load generator. */
        public double bench() {
            return broker + loadGenerator;
        }

        /** The same, with {@code cores} of another measured process taken out of {@code other}. */
        public Usage lessOther(double cores) {
            return new Usage(machine, ingest, broker, loadGenerator, postgres, endedChildren,
                    Math.max(0, other - cores));
        }

        /** Every process of the benchmark: ingest, this JVM and PostgreSQL; not the other processes. */
        public double stack() {
            return ingest + bench() + postgres;
        }
    }

    private final Path ingestStat;
    private final Predicate<String> loadGeneratorThread;
    private final PostgresCpu postgres;
    private final int cpus = Runtime.getRuntime().availableProcessors();

    /** @param loadGeneratorThread tells by its (15-character) name whether a thread of this JVM generates load */
    public CpuMeter(long ingestPid, Predicate<String> loadGeneratorThread, Path postgresDataDirectory) {
        this.ingestStat = Path.of("/proc", String.valueOf(ingestPid), "stat");
        this.loadGeneratorThread = loadGeneratorThread;
        this.postgres = new PostgresCpu(postgresDataDirectory);
    }

    public Snapshot snapshot() {
        long[] machine = ProcFiles.machineTicks(ProcFiles.read(Path.of("/proc/stat")));
        String self = ProcFiles.read(Path.of("/proc/self/stat"));
        return new Snapshot(machine[0], machine[1], ticks(ingestStat), ProcFiles.cpuTicks(self),
                loadGeneratorTicks(), postgres.ticks(), ProcFiles.cpuTicksWithChildren(self) - ProcFiles.cpuTicks(self));
    }

    public Usage since(Snapshot before) {
        Snapshot now = snapshot();
        double perCore = Math.max(1.0, (now.machineTotal() - before.machineTotal()) / (double) cpus);
        double machine = (now.machineBusy() - before.machineBusy()) / perCore;
        double ingest = (now.ingest() - before.ingest()) / perCore;
        double bench = (now.bench() - before.bench()) / perCore;
        double load = (now.loadGenerator() - before.loadGenerator()) / perCore;
        double postgres = (now.postgres() - before.postgres()) / perCore;
        double children = (now.endedChildren() - before.endedChildren()) / perCore;
        double other = Math.max(0, machine - ingest - bench - postgres - children);
        return new Usage(machine, ingest, bench - load, load, postgres, children, other);
    }

    private long loadGeneratorTicks() {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.map(task -> ProcFiles.read(task.resolve("stat")))
                    .filter(line -> line != null && loadGeneratorThread.test(ProcFiles.name(line)))
                    .mapToLong(ProcFiles::cpuTicks)
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long ticks(Path stat) {
        String line = ProcFiles.read(stat);
        return line == null ? 0 : ProcFiles.cpuTicks(line);
    }
}

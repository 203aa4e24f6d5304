package io.callqa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading Linux's {@code /proc}: CPU ticks of the machine, a process or a thread, and a process's memory. */
final class ProcFiles {

    private ProcFiles() {
    }

    /** {@code /proc/<pid>/status} or similar, or null when the process (or thread) is gone. */
    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** utime + stime of a {@code stat} line of a process or thread, in clock ticks. */
    static long cpuTicks(String statLine) {
        String[] fields = afterName(statLine);
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** utime + stime + cutime + cstime: the process and its children that ended and were waited for. */
    static long cpuTicksWithChildren(String statLine) {
        String[] fields = afterName(statLine);
        return cpuTicks(statLine) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    }

    /** The parent's process id in a {@code stat} line. */
    static long parentPid(String statLine) {
        return Long.parseLong(afterName(statLine)[1]);
    }

    /** The thread's or process's name in a {@code stat} line (the kernel keeps 15 characters). */
    static String name(String statLine) {
        return statLine.substring(statLine.indexOf('(') + 1, statLine.lastIndexOf(')'));
    }

    /** {busy, total} ticks of all CPUs from the first line of {@code /proc/stat}. */
    static long[] machineTicks(String procStat) {
        String[] fields = procStat.lines().findFirst().orElseThrow().trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < Math.min(fields.length, 9); i++) {
            total += Long.parseLong(fields[i]);
        }
        long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
        return new long[] {total - idle, total};
    }

    /** A {@code kB} value of {@code /proc/<pid>/status}, e.g. {@code VmRSS}; -1 when absent. */
    static long kilobytes(String status, String field) {
        if (status == null) {
            return -1;
        }
        return status.lines()
                .filter(line -> line.startsWith(field + ":"))
                .map(line -> line.substring(field.length() + 1).trim().split("\\s+")[0])
                .mapToLong(Long::parseLong)
                .findFirst()
                .orElse(-1);
    }

    /** The fields after {@code (name)}: index 0 is the state (field 3 of proc(5)). */
    private static String[] afterName(String statLine) {
        return statLine.substring(statLine.lastIndexOf(')') + 2).trim().split(" ");
    }
}

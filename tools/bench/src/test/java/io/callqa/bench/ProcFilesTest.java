package io.callqa.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProcFilesTest {

    private static final String STAT = "4242 (kafka-producer-) S 1 4242 4242 0 -1 4194368 120 0 0 0 731 96 30 10 20 0"
            + " 40 0 1234 0 0";

    @Test
    void readsUserAndSystemTicksAndTheThreadName() {
        assertEquals(827, ProcFiles.cpuTicks(STAT));
        assertEquals("kafka-producer-", ProcFiles.name(STAT));
    }

    @Test
    void readsTheParentAndTheTicksOfEndedChildren() {
        assertEquals(1, ProcFiles.parentPid(STAT));
        assertEquals(827 + 40, ProcFiles.cpuTicksWithChildren(STAT));
    }

    @Test
    void aNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String stat = STAT.replace("(kafka-producer-)", "(a (b) c)");
        assertEquals(827, ProcFiles.cpuTicks(stat));
        assertEquals("a (b) c", ProcFiles.name(stat));
    }

    @Test
    void machineTicksCountIdleAndIowaitAsNotBusy() {
        String procStat = "cpu  100 5 50 800 40 1 4 0 0 0\ncpu0 50 2 25 400 20 0 2 0 0 0\n";
        assertArrayEquals(new long[] {160, 1000}, ProcFiles.machineTicks(procStat));
    }

    @Test
    void readsKilobytesOfTheStatusFile() {
        String status = "Name:\tjava\nVmHWM:\t  312400 kB\nVmRSS:\t  250880 kB\nThreads:\t42\n";
        assertEquals(250_880, ProcFiles.kilobytes(status, "VmRSS"));
        assertEquals(312_400, ProcFiles.kilobytes(status, "VmHWM"));
        assertEquals(-1, ProcFiles.kilobytes(status, "VmSwap"));
        assertEquals(-1, ProcFiles.kilobytes(null, "VmRSS"));
    }
}

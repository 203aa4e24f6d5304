package io.callqa.simulator.push;

import java.util.List;

/** The closing report of a push: per kind of record what was sent and what became of it, and the pace. */
final class PushSummary {

    private PushSummary() {
    }

    static String text(List<Tally.Snapshot> tallies, long elapsedNanos) {
        StringBuilder text = new StringBuilder();
        long sent = 0;
        for (Tally.Snapshot tally : tallies) {
            sent += tally.sent();
            text.append(String.format("%-11s sent %d  accepted %d  duplicates %d  rejected %d%s%n", tally.name(),
                    tally.sent(), tally.accepted(), tally.duplicates(), tally.rejected(),
                    tally.heldBack() > 0 ? "  held back " + tally.heldBack() + " (ending in the future)" : ""));
        }
        double seconds = elapsedNanos / 1e9;
        double rate = sent / Math.max(seconds, 1e-3);
        text.append(String.format("%-11s %.1f s  %.0f records/s%n", "elapsed", seconds, rate));
        for (Tally.Snapshot tally : tallies) {
            for (String rejection : tally.firstRejections()) {
                text.append(String.format("rejected %s %s%n", tally.name(), rejection));
            }
            if (tally.rejected() > tally.firstRejections().size()) {
                text.append(String.format("rejected %s: %d in all%n", tally.name(), tally.rejected()));
            }
        }
        return text.toString();
    }
}

package io.callqa.scoring.checks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.callqa.events.CallRecorded.TranscriptLine;

/**
 * Long silences (冷场 / 长时间静音) between consecutive utterances, of either speaker. The silence before utterance
 * {@code i} is its start minus the end of utterance {@code i-1}: the end speech recognition gave
 * ({@code endOffsetMs}) where there is one, else estimated as that utterance's start plus its {@link SpeakingTime}.
 * A silence longer than the configured threshold (default 10 s) is one {@link Check#LONG_SILENCE} finding on
 * utterance {@code i}, the one after the gap, at that utterance's offset; the rule says whether the end was
 * estimated. A slow speaker makes an estimate too short and the silence too long, which is why the threshold is
 * exceeded, never merely reached. Lines are taken in transcript order.
 */
final class SilenceCheck {

    private final SpeakingTime speakingTime;
    private final long thresholdMillis;
    private final int deduction;

    SilenceCheck(Duration threshold, SpeakingTime speakingTime, int deduction) {
        this.speakingTime = speakingTime;
        this.thresholdMillis = threshold.toMillis();
        this.deduction = deduction;
    }

    List<Finding> run(List<TranscriptLine> transcript) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i < transcript.size(); i++) {
            TranscriptLine previous = transcript.get(i - 1);
            long silence = transcript.get(i).offsetMs() - end(previous);
            if (silence > thresholdMillis) {
                String rule = String.format(Locale.ROOT, "silence of %.1f s between utterances%s", silence / 1000.0,
                        previous.endOffsetMs() == null ? " (end of the one before estimated from its length)" : "");
                findings.add(Finding.of(Check.LONG_SILENCE, rule, i, transcript.get(i), deduction));
            }
        }
        return findings;
    }

    private long end(TranscriptLine utterance) {
        return utterance.endOffsetMs() != null ? utterance.endOffsetMs()
                : utterance.offsetMs() + speakingTime.millis(Texts.of(utterance));
    }
}

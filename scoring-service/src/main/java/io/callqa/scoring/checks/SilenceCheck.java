package io.callqa.scoring.checks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.callqa.events.CallRecorded.TranscriptLine;

/**
 * Long silences (冷场 / 长时间静音) between consecutive utterances, of either speaker. A transcript line has a start
 * offset but no end, so the silence before utterance {@code i} is its start minus the start of utterance
 * {@code i-1} minus the {@link SpeakingTime} estimated for utterance {@code i-1}; a silence longer than the
 * configured threshold (default 10 s) is one {@link Check#LONG_SILENCE} finding on utterance {@code i}, the one
 * after the gap, at that utterance's offset. A slow speaker makes the estimate too short and the silence too long,
 * which is why the threshold is exceeded, never merely reached. Lines are taken in transcript order.
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
            long silence = silenceBefore(transcript.get(i - 1), transcript.get(i));
            if (silence > thresholdMillis) {
                String rule = String.format(Locale.ROOT, "silence of %.1f s between utterances", silence / 1000.0);
                findings.add(Finding.of(Check.LONG_SILENCE, rule, i, transcript.get(i), deduction));
            }
        }
        return findings;
    }

    private long silenceBefore(TranscriptLine previous, TranscriptLine next) {
        return next.offsetMs() - previous.offsetMs() - speakingTime.millis(Texts.of(previous));
    }
}

package io.callqa.scoring.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.callqa.events.CallRecorded.Speaker;
import io.callqa.events.CallRecorded.TranscriptLine;

/**
 * Questioning the customer back (反问用户): one {@link Check#QUESTIONED_BACK} finding for every agent utterance
 * that matches one of the configured regular expressions, applied case-insensitively to the text as
 * {@link Texts#forPatterns} prepares it (punctuation kept, so a pattern can stop at the end of a sentence). The
 * default patterns need the rhetorical particle: "难道…吗" in one sentence, "没听清楚吗", "还不明白吗", so that a
 * polite check of the line ("您听得清楚吗？") or a non-rhetorical "难道是系统的原因" is not flagged.
 */
final class QuestioningCheck {

    private final List<Pattern> patterns;

    QuestioningCheck(List<String> patterns) {
        this.patterns = patterns.stream()
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    }

    List<Finding> run(List<TranscriptLine> transcript) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < transcript.size(); i++) {
            TranscriptLine utterance = transcript.get(i);
            Optional<String> match = utterance.speaker() == Speaker.AGENT ? firstMatch(Texts.of(utterance)) : Optional.empty();
            int index = i;
            match.ifPresent(m -> findings.add(Finding.of(Check.QUESTIONED_BACK,
                    "questioning the customer back: '" + SensitiveNumbers.masked(m) + "'", index, utterance, 0)));
        }
        return findings;
    }

    private Optional<String> firstMatch(String text) {
        String prepared = Texts.forPatterns(text);
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(prepared);
            if (matcher.find()) {
                return Optional.of(matcher.group());
            }
        }
        return Optional.empty();
    }
}

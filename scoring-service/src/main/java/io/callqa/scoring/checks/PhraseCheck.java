package io.callqa.scoring.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.callqa.events.CallRecorded.Speaker;
import io.callqa.events.CallRecorded.TranscriptLine;

/**
 * Banned phrases (服务禁语): one {@link Check#BANNED_PHRASE} finding for every agent utterance that contains at
 * least one configured phrase, naming all the phrases it contains. Matching is literal (see {@link PhraseList}):
 * a neutral "根据公司规定，我们需要…" does not contain the brush-off "这是公司规定" and is not flagged, while any
 * utterance that does contain a listed phrase is, whatever follows it; the evaluator dismisses the rare neutral use.
 */
final class PhraseCheck {

    private final PhraseList banned;

    PhraseCheck(List<String> bannedPhrases) {
        this.banned = new PhraseList(bannedPhrases);
    }

    List<Finding> run(List<TranscriptLine> transcript) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < transcript.size(); i++) {
            TranscriptLine utterance = transcript.get(i);
            List<String> found = utterance.speaker() == Speaker.AGENT ? banned.foundIn(Texts.of(utterance)) : List.of();
            if (!found.isEmpty()) {
                findings.add(Finding.of(Check.BANNED_PHRASE, rule(found), i, utterance, 0));
            }
        }
        return findings;
    }

    private static String rule(List<String> found) {
        String quoted = found.stream().map(p -> "'" + p + "'").collect(Collectors.joining(", "));
        return (found.size() == 1 ? "banned phrase " : "banned phrases ") + quoted;
    }
}

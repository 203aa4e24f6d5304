package io.callqa.scoring.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.callqa.events.CallRecorded.Speaker;
import io.callqa.events.CallRecorded.TranscriptLine;

/**
 * Greeting and closing (开头语、结束语): {@link Check#NO_GREETING} when the agent's first utterance contains none of
 * the greeting phrases, {@link Check#NO_CLOSING} when the agent's last utterance contains none of the closing
 * phrases. Nothing is reported when the agent never speaks, and the closing is not checked when the agent spoke
 * only once: the call ended at the opening (the customer hung up or dialled wrongly) and there was nothing to close.
 */
final class OpeningClosingCheck {

    private final PhraseList greetings;
    private final PhraseList closings;
    private final int greetingDeduction;
    private final int closingDeduction;

    OpeningClosingCheck(CheckRules rules) {
        this.greetings = new PhraseList(rules.greetingPhrases());
        this.closings = new PhraseList(rules.closingPhrases());
        this.greetingDeduction = rules.greetingDeduction();
        this.closingDeduction = rules.closingDeduction();
    }

    List<Finding> run(List<TranscriptLine> transcript) {
        List<Integer> agent = IntStream.range(0, transcript.size())
                .filter(i -> transcript.get(i).speaker() == Speaker.AGENT).boxed().toList();
        List<Finding> findings = new ArrayList<>();
        if (agent.isEmpty()) {
            return findings;
        }
        int first = agent.get(0);
        if (!greetings.anyIn(Texts.of(transcript.get(first)))) {
            findings.add(Finding.of(Check.NO_GREETING, "no greeting phrase in the agent's first utterance", first,
                    transcript.get(first), greetingDeduction));
        }
        int last = agent.get(agent.size() - 1);
        if (agent.size() > 1 && !closings.anyIn(Texts.of(transcript.get(last)))) {
            findings.add(Finding.of(Check.NO_CLOSING, "no closing phrase in the agent's last utterance", last,
                    transcript.get(last), closingDeduction));
        }
        return findings;
    }
}

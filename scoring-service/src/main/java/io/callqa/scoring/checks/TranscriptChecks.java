package io.callqa.scoring.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.callqa.events.CallRecorded.TranscriptLine;

/**
 * The deterministic checks run on a sampled call's transcript before the evaluator opens the task (预质检), each
 * finding quoting the utterance and suggesting a scorecard item to deduct; the evaluator accepts or dismisses it.
 * <ul>
 * <li>banned phrases ({@link PhraseCheck}) and questioning back ({@link QuestioningCheck}) in agent utterances;</li>
 * <li>no greeting in the agent's first utterance, no closing in its last ({@link OpeningClosingCheck});</li>
 * <li>a valid resident ID or bank-card number read out by the agent ({@link NumberCheck}), digits or Chinese
 * numerals;</li>
 * <li>silences between utterances longer than the threshold ({@link SilenceCheck}). A transcript line has only a
 * start offset, so where an utterance ends is estimated: its start plus its length in characters (Chinese
 * characters, digits and Latin words) times {@link CheckRules#speakingTimePerCharacter()}, 250 ms by default.</li>
 * </ul>
 * Only the agent's utterances are checked for phrases, patterns and numbers; silences count whoever spoke. Findings
 * come sorted by offset (then utterance, then check), and every quote has ID and bank-card numbers masked.
 * Precision comes before recall: a check fires only on what it can tell for certain.
 */
public final class TranscriptChecks {

    private static final Comparator<Finding> BY_OFFSET = Comparator.comparingLong(Finding::offsetMs)
            .thenComparingInt(Finding::line).thenComparing(Finding::check);

    private final PhraseCheck bannedPhrases;
    private final QuestioningCheck questioning;
    private final OpeningClosingCheck openingClosing;
    private final NumberCheck numbers;
    private final SilenceCheck silences;

    public TranscriptChecks(CheckRules rules) {
        this.bannedPhrases = new PhraseCheck(rules.bannedPhrases());
        this.questioning = new QuestioningCheck(rules.questioningPatterns());
        this.openingClosing = new OpeningClosingCheck(rules);
        this.numbers = new NumberCheck();
        this.silences = new SilenceCheck(rules.silence(), new SpeakingTime(rules.speakingTimePerCharacter()),
                rules.silenceDeduction());
    }

    /** The checks with {@link CheckRules#defaults()}. */
    public static TranscriptChecks defaults() {
        return new TranscriptChecks(CheckRules.defaults());
    }

    /** The findings on the transcript, sorted by offset; none for a missing or empty transcript. */
    public List<Finding> run(List<TranscriptLine> transcript) {
        if (transcript == null || transcript.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>(bannedPhrases.run(transcript));
        findings.addAll(questioning.run(transcript));
        findings.addAll(openingClosing.run(transcript));
        findings.addAll(numbers.run(transcript));
        findings.addAll(silences.run(transcript));
        findings.sort(BY_OFFSET);
        return List.copyOf(findings);
    }
}

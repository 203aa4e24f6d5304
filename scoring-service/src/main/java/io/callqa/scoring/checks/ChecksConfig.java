package io.callqa.scoring.checks;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code qa.scoring.checks.*}: whether the automatic transcript checks run, and their {@link CheckRules}. Lists are
 * comma-separated (a phrase or pattern cannot contain an ASCII comma unless it is escaped as {@code \,});
 * durations take the Quarkus forms {@code 10s}, {@code 250ms} or ISO-8601 {@code PT10S}.
 */
@ConfigMapping(prefix = "qa.scoring.checks")
public interface ChecksConfig {

    /** Whether transcripts are checked before the evaluator opens the task. */
    @WithDefault("true")
    boolean enabled();

    /** How long the checks of a call that was never sampled are kept (see {@code FindingPruner}). */
    @WithDefault("45d")
    Duration keepUnsampled();

    /** Banned phrases (服务禁语), literal, in an agent's utterance. */
    @WithDefault(CheckRules.DEFAULT_BANNED_PHRASES)
    List<String> bannedPhrases();

    /** Java regular expressions for questioning the customer back (反问). */
    @WithDefault(CheckRules.DEFAULT_QUESTIONING_PATTERNS)
    List<String> questioningPatterns();

    /** Phrases of which the agent's first utterance must contain one (开头语). */
    @WithDefault(CheckRules.DEFAULT_GREETING_PHRASES)
    List<String> greetingPhrases();

    /** Phrases of which the agent's last utterance must contain one (结束语). */
    @WithDefault(CheckRules.DEFAULT_CLOSING_PHRASES)
    List<String> closingPhrases();

    /** The longest silence between utterances that is not reported. */
    @WithDefault(CheckRules.DEFAULT_SILENCE)
    Duration silence();

    /** Speaking time per Chinese character, digit or word, which estimates where an utterance ends. */
    @WithDefault(CheckRules.DEFAULT_SPEAKING_TIME_PER_CHARACTER)
    Duration speakingTimePerCharacter();

    /** Points of S1 a missing greeting suggests deducting. */
    @WithDefault(CheckRules.DEFAULT_GREETING_DEDUCTION)
    int greetingDeduction();

    /** Points of S1 a missing closing suggests deducting. */
    @WithDefault(CheckRules.DEFAULT_CLOSING_DEDUCTION)
    int closingDeduction();

    /** Points of C3 each long silence suggests deducting. */
    @WithDefault(CheckRules.DEFAULT_SILENCE_DEDUCTION)
    int silenceDeduction();

    /** The rules as the checks take them. */
    default CheckRules rules() {
        return new CheckRules(bannedPhrases(), questioningPatterns(), greetingPhrases(), closingPhrases(), silence(),
                greetingDeduction(), closingDeduction(), silenceDeduction(), speakingTimePerCharacter());
    }
}

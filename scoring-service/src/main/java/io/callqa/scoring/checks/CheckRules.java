package io.callqa.scoring.checks;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the automatic transcript checks look for and what their findings suggest deducting: the banned phrases and
 * greeting and closing phrases (literal, see {@link PhraseList}), the questioning-back patterns (Java regular
 * expressions, see {@link QuestioningCheck}), the longest silence tolerated between utterances, the points a
 * missing greeting, a missing closing and each long silence suggest deducting, and the speaking time per character
 * that estimates where an utterance ends (see {@link SilenceCheck}). The defaults are the {@code DEFAULT_*} constants,
 * shared with {@link ChecksConfig}; lists are comma-separated there.
 */
public record CheckRules(List<String> bannedPhrases, List<String> questioningPatterns, List<String> greetingPhrases,
        List<String> closingPhrases, Duration silence, int greetingDeduction, int closingDeduction,
        int silenceDeduction, Duration speakingTimePerCharacter) {

    public static final String DEFAULT_BANNED_PHRASES = "不归我管,这是公司规定,你自己看着办,我也没办法,有完没完,"
            + "你听不懂吗,您听不懂吗,这个我不知道,你自己去查,你问我，我问谁,爱找谁找谁,不关我的事,跟我说没用,"
            + "我就这态度,not my problem,not my job,figure it out yourself,that's your problem";
    public static final String DEFAULT_QUESTIONING_PATTERNS = "难道[^。！？!?；;]*[吗么],"
            + "没听(清楚|清|明白|懂)[吗么],"
            + "(还|都)(不|没)(明白|懂|清楚|听懂)[吗么],"
            + "不是(已经|都|早就)?(跟[你您](说|讲)|和[你您](说|讲)|给[你您](说|讲)|告诉[你您]|说|讲)过?了?[吗么],"
            + "还要我(再)?(说|讲|重复|解释)(一|几|多少)?遍,"
            + "(说|讲|告诉[你您])了?(多少|几|好几)遍了,"
            + "[你您](自己)?不会(自己)?(看|查|去查|上网查)[吗么],"
            + "[你您]到底(有没有在听|听没听|在不在听),"
            + "don'?t you understand,didn'?t i (just )?(tell|say|explain),how many times (do|have|must|did) i,"
            + "can'?t you (hear|understand|read|listen),weren'?t you listening,(are|were) you even listening";
    public static final String DEFAULT_GREETING_PHRASES = "您好,你好,很高兴为您服务,欢迎致电,欢迎来电,早上好,上午好,"
            + "下午好,晚上好,hello,hi,good morning,good afternoon,good evening,thank you for calling,"
            + "thanks for calling,welcome to";
    public static final String DEFAULT_CLOSING_PHRASES = "感谢您的来电,感谢来电,谢谢您的来电,谢谢来电,再见,"
            + "祝您生活愉快,祝您愉快,欢迎再次来电,感谢您的支持,感谢您的理解,goodbye,bye,thank you for calling,"
            + "thanks for calling,have a nice day,have a great day";
    public static final String DEFAULT_SILENCE = "10s";
    public static final String DEFAULT_GREETING_DEDUCTION = "5";
    public static final String DEFAULT_CLOSING_DEDUCTION = "5";
    public static final String DEFAULT_SILENCE_DEDUCTION = "2";
    public static final String DEFAULT_SPEAKING_TIME_PER_CHARACTER = "250ms";

    public CheckRules {
        bannedPhrases = List.copyOf(bannedPhrases);
        questioningPatterns = List.copyOf(questioningPatterns);
        greetingPhrases = List.copyOf(greetingPhrases);
        closingPhrases = List.copyOf(closingPhrases);
        Objects.requireNonNull(silence, "silence");
        Objects.requireNonNull(speakingTimePerCharacter, "speakingTimePerCharacter");
        questioningPatterns.forEach(Pattern::compile);
        if (silence.isNegative() || speakingTimePerCharacter.isNegative()
                || greetingDeduction < 0 || closingDeduction < 0 || silenceDeduction < 0) {
            throw new IllegalArgumentException("durations and deductions must not be negative");
        }
    }

    /** The defaults: the {@code DEFAULT_*} constants, 10 s of silence, 250 ms per character, deductions 5, 5, 2. */
    public static CheckRules defaults() {
        return new CheckRules(list(DEFAULT_BANNED_PHRASES), list(DEFAULT_QUESTIONING_PATTERNS),
                list(DEFAULT_GREETING_PHRASES), list(DEFAULT_CLOSING_PHRASES), Duration.ofSeconds(10),
                Integer.parseInt(DEFAULT_GREETING_DEDUCTION), Integer.parseInt(DEFAULT_CLOSING_DEDUCTION),
                Integer.parseInt(DEFAULT_SILENCE_DEDUCTION), Duration.ofMillis(250));
    }

    private static List<String> list(String commaSeparated) {
        return List.of(commaSeparated.split(","));
    }
}

package io.callqa.scoring.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.events.CallRecorded.Speaker;
import io.callqa.events.CallRecorded.TranscriptLine;

class SilenceCheckTest {

    private final SilenceCheck check = new SilenceCheck(Duration.ofSeconds(10), new SpeakingTime(Duration.ofMillis(250)), 2);

    @Test
    void speakingTimeCountsChineseCharactersDigitsAndWords() {
        assertEquals(4, SpeakingTime.units("您好，再见！"));
        assertEquals(3, SpeakingTime.units("123"));
        assertEquals(4, SpeakingTime.units("Thank you, goodbye 再"));
        assertEquals(2500, new SpeakingTime(Duration.ofMillis(250)).millis("请您稍等，我帮您查一下"));
    }

    @Test
    void reportsTheSilenceAfterTheEstimatedEndOfThePreviousUtterance() {
        List<Finding> findings = check.run(List.of(
                line(Speaker.AGENT, 0, "请您稍等，我帮您查一下"),
                line(Speaker.AGENT, 16_700, "感谢您的耐心等待。")));

        assertEquals(1, findings.size());
        Finding silence = findings.get(0);
        assertEquals(Check.LONG_SILENCE, silence.check());
        assertEquals("silence of 14.2 s between utterances (end of the one before estimated from its length)",
                silence.rule());
        assertEquals(1, silence.line());
        assertEquals(16_700, silence.offsetMs());
        assertEquals("感谢您的耐心等待。", silence.quote());
        assertEquals("C3", silence.itemId());
        assertEquals("DEAD_AIR", silence.reason());
        assertEquals(2, silence.suggestedDeduction());
    }

    @Test
    void aSilenceOfExactlyTheThresholdOrAGapFilledBySpeechIsNotReported() {
        assertTrue(check.run(List.of(
                line(Speaker.AGENT, 0, "请您稍等，我帮您查一下"),
                line(Speaker.CUSTOMER, 12_500, "好的。"))).isEmpty());
        String longAnswer = "您本月话费一百二十八元，其中套餐费九十八元，流量超出三十元，超出部分按每G十五元计费。";
        assertTrue(check.run(List.of(
                line(Speaker.AGENT, 0, longAnswer),
                line(Speaker.CUSTOMER, 18_000, "哦。"))).isEmpty());
    }

    @Test
    void silencesBetweenCustomerUtterancesCountToo() {
        List<Finding> findings = check.run(List.of(
                line(Speaker.CUSTOMER, 0, "喂？"),
                line(Speaker.CUSTOMER, 15_000, "有人吗？")));
        assertEquals(List.of(1), findings.stream().map(Finding::line).toList());
    }

    @Test
    void anEndGivenBySpeechRecognitionIsUsedInsteadOfTheEstimate() {
        List<Finding> measured = check.run(List.of(
                new TranscriptLine(Speaker.AGENT, 0, 2_000L, "请您稍等"),
                line(Speaker.AGENT, 12_500, "感谢您的耐心等待。")));
        List<Finding> spokeLong = check.run(List.of(
                new TranscriptLine(Speaker.AGENT, 0, 9_000L, "请您稍等"),
                line(Speaker.AGENT, 12_500, "感谢您的耐心等待。")));

        assertEquals(1, measured.size());
        assertEquals("silence of 10.5 s between utterances", measured.get(0).rule());
        assertEquals(List.of(), spokeLong);
    }

    private static TranscriptLine line(Speaker speaker, long offsetMs, String text) {
        return new TranscriptLine(speaker, offsetMs, text);
    }
}

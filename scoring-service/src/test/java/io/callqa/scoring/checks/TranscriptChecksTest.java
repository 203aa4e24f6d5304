package io.callqa.scoring.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.events.CallRecorded.Speaker;
import io.callqa.events.CallRecorded.TranscriptLine;

class TranscriptChecksTest {

    private final TranscriptChecks checks = TranscriptChecks.defaults();

    @Test
    void anEmptyOrMissingTranscriptHasNoFindings() {
        assertTrue(checks.run(List.of()).isEmpty());
        assertTrue(checks.run(null).isEmpty());
    }

    @Test
    void aCleanCallHasNoFindings() {
        assertTrue(checks.run(List.of(
                agent(0, "您好，很高兴为您服务，请问有什么可以帮您？"),
                customer(4_000, "我想查一下话费。"),
                agent(7_000, "好的，您本月话费一百二十八元。"),
                agent(12_000, "感谢您的来电，祝您生活愉快，再见！"))).isEmpty());
    }

    @Test
    void findingsComeSortedByOffsetWithItemReasonAndDeduction() {
        List<Finding> findings = checks.run(List.of(
                agent(0, "喂，什么事？"),
                customer(2_000, "我的宽带坏了。"),
                agent(5_000, "不归我管。"),
                customer(7_000, "那归谁管？"),
                agent(9_000, "您刚才没听清楚吗？"),
                agent(12_000, "好，就这样吧。")));

        assertEquals(List.of(Check.NO_GREETING, Check.BANNED_PHRASE, Check.QUESTIONED_BACK, Check.NO_CLOSING),
                findings.stream().map(Finding::check).toList());
        assertEquals(List.of(0, 2, 4, 5), findings.stream().map(Finding::line).toList());
        assertEquals(List.of("S1", "S4", "S3", "S1"), findings.stream().map(Finding::itemId).toList());
        assertEquals(List.of(5, 0, 0, 5), findings.stream().map(Finding::suggestedDeduction).toList());
        assertEquals("banned phrase '不归我管'", findings.get(1).rule());
        assertEquals("questioning the customer back: '没听清楚吗'", findings.get(2).rule());
    }

    @Test
    void anAgentReadingOutAnIdInChineseNumeralsIsFlaggedAndTheQuoteMasked() {
        List<Finding> findings = checks.run(List.of(
                agent(0, "您好，请问有什么可以帮您？"),
                agent(4_000, "我跟您核对一下，您的身份证号码是幺幺零幺零五幺九九零零三零七幺二三九，对吗？"),
                agent(16_000, "感谢您的来电，再见。")));

        Finding id = findings.get(0);
        assertEquals(Check.ID_NUMBER, id.check());
        assertEquals("X1", id.itemId());
        assertEquals("SENSITIVE_DATA", id.reason());
        assertEquals(0, id.suggestedDeduction());
        assertEquals("我跟您核对一下，您的身份证号码是110***********1239，对吗？", id.quote());
        assertEquals(1, findings.size());
    }

    @Test
    void everyQuoteIsMaskedWhicheverCheckFired() {
        List<Finding> findings = checks.run(List.of(
                agent(0, "卡号6222021234567890128，这是公司规定，我也没办法。"),
                agent(9_000, "再见。")));

        assertEquals(List.of(Check.BANNED_PHRASE, Check.NO_GREETING, Check.BANK_CARD),
                findings.stream().map(Finding::check).toList());
        findings.forEach(f -> assertFalse(f.quote().contains("6222021234567890128"), f.toString()));
        assertEquals("banned phrases '这是公司规定', '我也没办法'", findings.get(0).rule());
        assertEquals("19-digit bank-card number passing the Luhn check", findings.get(2).rule());
    }

    @Test
    void whatTheCustomerSaysIsNotTheAgentsFault() {
        List<Finding> findings = checks.run(List.of(
                agent(0, "您好，请问有什么可以帮您？"),
                customer(3_000, "我身份证是110105199003071239，你听不懂吗？难道你们不管吗？"),
                agent(12_000, "好的，已经为您登记，感谢您的来电。")));
        assertTrue(findings.isEmpty(), findings.toString());
    }

    @Test
    void aCallEndingAtTheOpeningIsNotMissingAClosing() {
        assertTrue(checks.run(List.of(
                agent(0, "您好，很高兴为您服务，请问有什么可以帮您？"),
                customer(3_000, "不好意思，打错了。"))).isEmpty());
    }

    @Test
    void aTranscriptWithoutTheAgentHasNoGreetingOrClosingFindings() {
        assertTrue(checks.run(List.of(customer(0, "喂？"), customer(2_000, "喂？"))).isEmpty());
    }

    private static TranscriptLine agent(long offsetMs, String text) {
        return new TranscriptLine(Speaker.AGENT, offsetMs, text);
    }

    private static TranscriptLine customer(long offsetMs, String text) {
        return new TranscriptLine(Speaker.CUSTOMER, offsetMs, text);
    }
}

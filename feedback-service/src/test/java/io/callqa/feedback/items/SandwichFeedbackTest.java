package io.callqa.feedback.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.events.EvaluationReleased.Labels;
import io.callqa.events.EvaluationReleased.Quote;
import io.callqa.events.EvaluationReleased.Text;

class SandwichFeedbackTest {

    private static final Text BUSINESS = new Text("业务能力", "Business ability");
    private static final Text SERVICE = new Text("服务能力", "Service ability");

    private static ItemResult b1(int awarded, Quote quote, String comment) {
        return new ItemResult("B1", "BUSINESS", "DEDUCTION", 25, awarded, false, false,
                awarded < 25 ? "INCOMPLETE_ANSWER" : null, comment, quote,
                new Labels(new Text("答复内容准确、完整,以知识库内容为支撑", "Answer accurate and complete, backed by the knowledge base"),
                        BUSINESS, awarded < 25 ? new Text("答复不完整", "Incomplete answer") : null));
    }

    private static ItemResult s1(int awarded) {
        return new ItemResult("S1", "SERVICE", "DEDUCTION", 15, awarded, false, false, null, null, null,
                new Labels(new Text("正确使用服务用语", "Correct service phrases"), SERVICE, null));
    }

    private static ItemResult redLine(boolean failed) {
        return new ItemResult("S4", "SERVICE", "CRITICAL", 0, 0, false, failed, failed ? "BANNED_PHRASE" : null,
                null, null, new Labels(new Text("不使用服务禁语", "No banned phrases"), SERVICE,
                        failed ? new Text("使用服务禁语", "Used a banned phrase") : null));
    }

    @Test
    void strengthThenEachDeductionWithItsMomentAndStandardThenCommentThenEncouragement() {
        var written = SandwichFeedback.write(FeedbackLanguage.ZH_CN,
                List.of(b1(15, new Quote(83_000, "这个要看情况"), "只讲了一半政策"), s1(15), redLine(false)),
                "语气亲切", new BigDecimal("75.0"), false);

        assertEquals("做得好的地方:「服务能力」表现突出,得分 15/15。", written.strength());
        assertEquals(List.of("需要改进:B1 扣 10 分(答复不完整)。通话 01:23 处:“这个要看情况”。"
                + "标准:答复内容准确、完整,以知识库内容为支撑。说明:只讲了一半政策"), written.improvements());
        assertEquals("质检员点评:语气亲切", written.comment());
        assertTrue(written.text().startsWith(written.strength() + "\n" + written.improvements().get(0)));
        assertTrue(written.text().endsWith(written.encouragement()));
        assertEquals("zh-CN", written.language());
    }

    @Test
    void englishUsesTheEnglishWordsOfTheCard() {
        var written = SandwichFeedback.write(FeedbackLanguage.EN, List.of(b1(15, new Quote(3_723_000, "it depends"),
                null), s1(10)), null, new BigDecimal("62.5"), false);

        assertEquals("What went well: Service ability was your strongest part, 10 of 15 points.", written.strength());
        assertEquals("To improve: B1 lost 10 points (Incomplete answer). At 1:02:03 in the call: \"it depends\"."
                + " The standard: Answer accurate and complete, backed by the knowledge base.",
                written.improvements().get(0));
        assertEquals("To improve: S1 lost 5 points. The standard: Correct service phrases.", written.improvements().get(1));
        assertNull(written.comment());
    }

    @Test
    void aRedLineIsNamedAndTheClosingAsksForACoachingPlan() {
        var written = SandwichFeedback.write(FeedbackLanguage.EN, List.of(b1(25, null, null), redLine(true)), null,
                new BigDecimal("0.0"), true);

        assertEquals("To improve: S4 failed a red line (Used a banned phrase). The standard: No banned phrases.",
                written.improvements().get(0));
        assertTrue(written.encouragement().startsWith("A red line must never be crossed again"));
    }

    @Test
    void aCallWithoutDeductionsSaysSoAndEndsWarmly() {
        var written = SandwichFeedback.write(FeedbackLanguage.ZH_CN, List.of(b1(25, null, null), s1(15)), null,
                new BigDecimal("100.0"), false);

        assertTrue(written.improvements().isEmpty());
        assertTrue(written.text().contains("需要改进:本次通话没有扣分项。"));
        assertEquals("继续保持这样的水准,你是团队的榜样!", written.encouragement());
    }

    @Test
    void itemsPublishedWithoutLabelsAreNamedByIdAndReasonCode() {
        var bare = new ItemResult("B2", "BUSINESS", "DEDUCTION", 15, 10, false, false, "WRONG_CATEGORY", null, null);

        var written = SandwichFeedback.write(FeedbackLanguage.EN, List.of(bare), null, new BigDecimal("66.7"), false);

        assertEquals("What went well: BUSINESS was your strongest part, 10 of 15 points.", written.strength());
        assertEquals("To improve: B2 lost 5 points (WRONG_CATEGORY).", written.improvements().get(0));
    }

    @Test
    void theStrongestSectionIsComparedByShareNotByPoints() {
        var strongest = SandwichFeedback.strongestSection(List.of(b1(20, null, null), s1(15)));

        assertEquals("SERVICE", strongest.orElseThrow().id());
    }

    @Test
    void languageTagsAreReadLeniently() {
        assertEquals(FeedbackLanguage.ZH_CN, FeedbackLanguage.of("zh").orElseThrow());
        assertEquals(FeedbackLanguage.ZH_CN, FeedbackLanguage.of("zh_CN").orElseThrow());
        assertEquals(FeedbackLanguage.EN, FeedbackLanguage.of("en-GB").orElseThrow());
        assertTrue(FeedbackLanguage.of("fr").isEmpty());
    }
}

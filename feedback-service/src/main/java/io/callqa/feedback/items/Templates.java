package io.callqa.feedback.items;

import java.math.BigDecimal;
import java.util.Optional;

import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.events.EvaluationReleased.Labels;
import io.callqa.events.EvaluationReleased.Quote;

/** The sentences of {@link SandwichFeedback} in one language. */
abstract class Templates {

    /** A total at or above this earns the warmer closing line. */
    private static final BigDecimal EXCELLENT = new BigDecimal("90");

    static Templates of(FeedbackLanguage language) {
        return language == FeedbackLanguage.ZH_CN ? new Chinese() : new English();
    }

    abstract String strength(String section, int earned, int possible);

    abstract String noStrength();

    abstract String noImprovement();

    abstract String comment(String comment);

    abstract String deduction(String item, String reason, int lost, boolean failed);

    abstract String quote(String at, String text);

    abstract String standard(String standard);

    abstract String itemComment(String comment);

    abstract String excellent();

    abstract String encouraging();

    abstract String afterRedLine();

    String improvement(ItemResult item, FeedbackLanguage language) {
        Optional<Labels> labels = Optional.ofNullable(item.labels());
        String standard = labels.map(Labels::item).map(language::pick).orElse(null);
        String reason = labels.map(Labels::reason).map(language::pick).orElse(item.reason());
        StringBuilder out = new StringBuilder(deduction(item.itemId(), reason, item.pointsLost(), item.failed()));
        if (item.quote() != null && item.quote().text() != null && !item.quote().text().isBlank()) {
            out.append(quote(at(item.quote()), item.quote().text().strip()));
        }
        if (standard != null) {
            out.append(standard(standard));
        }
        if (item.comment() != null && !item.comment().isBlank()) {
            out.append(itemComment(item.comment().strip()));
        }
        return out.toString();
    }

    String encouragement(BigDecimal total, boolean criticalFailed, boolean noDeductions) {
        if (criticalFailed) {
            return afterRedLine();
        }
        return noDeductions || total != null && total.compareTo(EXCELLENT) >= 0 ? excellent() : encouraging();
    }

    /** mm:ss from the start of the recording (h:mm:ss past an hour). */
    static String at(Quote quote) {
        long seconds = quote.offsetMs() / 1000;
        return seconds >= 3600
                ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%02d:%02d", seconds / 60, seconds % 60);
    }

    private static final class Chinese extends Templates {

        @Override
        String strength(String section, int earned, int possible) {
            return "做得好的地方:「" + section + "」表现突出,得分 " + earned + "/" + possible + "。";
        }

        @Override
        String noStrength() {
            return "做得好的地方:感谢你认真接听每一通电话。";
        }

        @Override
        String noImprovement() {
            return "需要改进:本次通话没有扣分项。";
        }

        @Override
        String comment(String comment) {
            return "质检员点评:" + comment;
        }

        @Override
        String deduction(String item, String reason, int lost, boolean failed) {
            String what = failed ? "触犯红线" : "扣 " + lost + " 分";
            return "需要改进:" + item + " " + what + (reason == null ? "" : "(" + reason + ")") + "。";
        }

        @Override
        String quote(String at, String text) {
            return "通话 " + at + " 处:“" + text + "”。";
        }

        @Override
        String standard(String standard) {
            return "标准:" + standard + "。";
        }

        @Override
        String itemComment(String comment) {
            return "说明:" + comment;
        }

        @Override
        String excellent() {
            return "继续保持这样的水准,你是团队的榜样!";
        }

        @Override
        String encouraging() {
            return "你的优点很明显,改进上面几点,下一次一定会更好,加油!";
        }

        @Override
        String afterRedLine() {
            return "红线问题必须杜绝。我们会和你一起制定帮扶计划,相信你能尽快改正,加油!";
        }
    }

    private static final class English extends Templates {

        @Override
        String strength(String section, int earned, int possible) {
            return "What went well: " + section + " was your strongest part, " + earned + " of " + possible + " points.";
        }

        @Override
        String noStrength() {
            return "What went well: thank you for taking every call with care.";
        }

        @Override
        String noImprovement() {
            return "To improve: nothing was deducted on this call.";
        }

        @Override
        String comment(String comment) {
            return "Evaluator's comment: " + comment;
        }

        @Override
        String deduction(String item, String reason, int lost, boolean failed) {
            String what = failed ? "failed a red line" : "lost " + lost + (lost == 1 ? " point" : " points");
            return "To improve: " + item + " " + what + (reason == null ? "" : " (" + reason + ")") + ".";
        }

        @Override
        String quote(String at, String text) {
            return " At " + at + " in the call: \"" + text + "\".";
        }

        @Override
        String standard(String standard) {
            return " The standard: " + standard + ".";
        }

        @Override
        String itemComment(String comment) {
            return " Note: " + comment;
        }

        @Override
        String excellent() {
            return "Keep it up: calls like this one set the standard for the team.";
        }

        @Override
        String encouraging() {
            return "Your strengths are clear; work on the points above and your next call will be better still.";
        }

        @Override
        String afterRedLine() {
            return "A red line must never be crossed again. We will work out a coaching plan together; "
                    + "we are confident you will put it right.";
        }
    }
}

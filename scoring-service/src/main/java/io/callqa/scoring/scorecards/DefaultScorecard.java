package io.callqa.scoring.scorecards;

import java.util.List;

import io.callqa.scoring.scorecards.Scorecard.Item;
import io.callqa.scoring.scorecards.Scorecard.Reason;
import io.callqa.scoring.scorecards.Scorecard.Section;

/**
 * The center's personal QA template (个人质检模版, seeds/001 附件一): business ability 40, service ability 30,
 * communication 30, and the red lines, which carry no points but zero the total when failed. Created as
 * version 1 on first start.
 */
public final class DefaultScorecard {

    public static final String ID = "personal-qa";

    private DefaultScorecard() {
    }

    public static Scorecard v1() {
        return new Scorecard(ID, 1, "个人质检模版", "Personal QA template",
                List.of(business(), service(), communication(), compliance()));
    }

    private static Section business() {
        return new Section("BUSINESS", "业务能力", "Business ability", List.of(
                deduction("B1", "答复内容准确、完整,以知识库内容为支撑",
                        "Answer accurate and complete, backed by the knowledge base", 25, false,
                        reason("WRONG_ANSWER", "答复错误", "Wrong answer"),
                        reason("INCOMPLETE_ANSWER", "答复不完整", "Incomplete answer"),
                        reason("NO_KNOWLEDGE_BASE", "未以知识库为支撑", "Not backed by the knowledge base")),
                deduction("B2", "建单分类准确、记录完整", "Ticket category right and record complete", 15, true,
                        reason("WRONG_CATEGORY", "建单分类错误", "Wrong ticket category"),
                        reason("INCOMPLETE_RECORD", "记录不完整", "Incomplete record"))));
    }

    private static Section service() {
        return new Section("SERVICE", "服务能力", "Service ability", List.of(
                deduction("S1", "正确使用服务用语(含开头语、结束语)",
                        "Correct service phrases, including greeting and closing", 15, false,
                        reason("NO_GREETING", "未使用开头语", "No greeting"),
                        reason("NO_CLOSING", "未使用结束语", "No closing"),
                        reason("IMPROPER_PHRASES", "服务用语不规范", "Improper service phrases")),
                deduction("S2", "语气语调亲切,情绪控制得当", "Friendly tone, emotions under control", 15, false,
                        reason("CURT_TONE", "语气生硬", "Curt tone"),
                        reason("LOST_COMPOSURE", "情绪失控", "Lost composure")),
                critical("S3", "有理让人,不反问用户", "Never questions the customer back",
                        reason("QUESTIONED_BACK", "反问用户", "Questioned the customer back")),
                critical("S4", "不使用服务禁语", "No banned phrases",
                        reason("BANNED_PHRASE", "使用服务禁语", "Used a banned phrase"))));
    }

    private static Section communication() {
        return new Section("COMMUNICATION", "沟通技巧", "Communication", List.of(
                deduction("C1", "准确快速获知用户需求", "Finds the customer's need quickly and accurately", 10, false,
                        reason("MISSED_NEED", "未能准确获知需求", "Missed the customer's need")),
                deduction("C2", "耐心倾听", "Listens patiently", 10, false,
                        reason("INTERRUPTED", "打断用户", "Interrupted the customer")),
                deduction("C3", "表达清晰,沟通顺畅", "Expresses clearly, communicates well", 10, false,
                        reason("UNCLEAR", "表达不清", "Unclear expression"),
                        reason("DEAD_AIR", "冷场、长时间静音", "Dead air: a long silence"))));
    }

    private static Section compliance() {
        return new Section("COMPLIANCE", "合规红线", "Compliance red lines", List.of(
                critical("X1", "无必要不读出、不索要身份证号、银行卡号等敏感信息",
                        "Never reads out or asks for ID-card or bank-card numbers without need",
                        reason("SENSITIVE_DATA", "泄露或索要敏感信息", "Read out or asked for sensitive data"))));
    }

    private static Item deduction(String id, String zh, String en, int points, boolean naAllowed, Reason... reasons) {
        return new Item(id, zh, en, ItemKind.DEDUCTION, points, 1, naAllowed, List.of(reasons));
    }

    private static Item critical(String id, String zh, String en, Reason reason) {
        return new Item(id, zh, en, ItemKind.CRITICAL, 0, 1, false, List.of(reason));
    }

    private static Reason reason(String code, String zh, String en) {
        return new Reason(code, zh, en);
    }
}

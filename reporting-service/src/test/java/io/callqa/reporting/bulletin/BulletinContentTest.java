package io.callqa.reporting.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.callqa.reporting.bulletin.WeekFacts.AgentRow;
import io.callqa.reporting.bulletin.WeekFacts.EvaluationRow;
import io.callqa.reporting.bulletin.WeekFacts.ItemRow;
import io.callqa.reporting.periods.Period;

class BulletinContentTest {

    private static final Period WEEK = Period.weekOf(LocalDate.of(2032, 1, 12));

    private static ItemRow item(String evaluation, String item, String zh, int lost, boolean failed, String comment,
            String quote, Long offset, String agent) {
        return new ItemRow(evaluation, item, zh, item + " en", null, null, lost, failed, comment, quote, offset, agent,
                "t-1");
    }

    private static EvaluationRow evaluation(String id, String agent, String score, boolean critical) {
        return new EvaluationRow(id, agent, "t-1", new BigDecimal(score), critical);
    }

    @Test
    void itemsRankByEvaluationsThenPointsAndAreCut() {
        List<ItemRow> items = List.of(
                item("e1", "greet", "问候", 2, false, null, null, null, "a1"),
                item("e2", "greet", "问候", 2, false, null, null, null, "a2"),
                item("e1", "verify", "核实", 10, false, null, null, null, "a1"),
                item("e3", "close", null, 5, false, null, null, null, "a1"));
        List<Bulletin.Problem> problems = BulletinContent.problems(items, new BulletinContent.Limits(2, 3, 3));
        assertEquals(List.of("greet", "verify"), problems.stream().map(Bulletin.Problem::itemId).toList());
        assertEquals(2, problems.get(0).deductions());
        assertEquals(4, problems.get(0).pointsLost());
        assertEquals(1, problems.get(0).rank());
    }

    @Test
    void examplesAreLargestFirstMaskedOnceAndCommentsDeduplicated() {
        List<ItemRow> items = List.of(
                item("e1", "verify", "核实", 2, false, "先核实身份", "号码13812345678对吗", 65_000L, "a1"),
                item("e2", "verify", "核实", 6, true, "先核实身份 ", "我不需要核实", 1_000L, "a2"),
                item("e3", "verify", "核实", 3, false, "回拨时 13912345678", "号码13812345678对吗", 5_000L, "a3"),
                item("e4", "verify", "核实", 1, false, null, "   ", null, "a4"),
                item("e5", "verify", "核实", 1, false, "第四条", "第三条", 125_000L, "a5"));
        Bulletin.Problem p = BulletinContent.problems(items, new BulletinContent.Limits(10, 3, 2)).get(0);
        assertEquals(List.of(new Bulletin.Example("我不需要核实", "00:01", 1_000L, "a2"),
                new Bulletin.Example("号码138****5678对吗", "00:05", 5_000L, "a3"),
                new Bulletin.Example("第三条", "02:05", 125_000L, "a5")), p.examples());
        assertEquals(List.of("先核实身份", "回拨时 139****5678"), p.handling().comments());
        assertEquals("核实", p.handling().standardZh());
        assertEquals(1, p.redLineFailures());
        assertEquals(13, p.pointsLost());
    }

    @Test
    void labelFallsBackToEnglishThenId() {
        assertEquals("close en", BulletinContent.label(item("e", "close", null, 1, false, null, null, null, "a")));
        assertEquals("x", BulletinContent.label(new ItemRow("e", "x", null, null, null, null, 1, false, null, null,
                null, "a", null)));
    }

    @Test
    void deductionsPerAgentListOnlyThoseWhoLostPointsMostFirst() {
        WeekFacts facts = new WeekFacts(
                List.of(item("e1", "greet", "问候", 2, false, null, null, null, "a1"),
                        item("e1", "verify", "核实", 5, false, null, null, null, "a1"),
                        item("e2", "greet", "问候", 4, false, null, null, null, "a1"),
                        item("e3", "greet", "问候", 9, false, null, null, null, "a2")),
                List.of(evaluation("e1", "a1", "93.0", false), evaluation("e2", "a1", "97.0", true),
                        evaluation("e3", "a2", "91.0", false), evaluation("e4", "a3", "100.0", false)),
                Map.of("a1", new AgentRow("a1", "张三", "t-9")), List.of());
        Bulletin b = BulletinContent.of(WEEK, facts, new BulletinContent.Limits(10, 3, 3));
        assertEquals(List.of(new Bulletin.AgentDeductions("a1", "张三", "t-9", 2, 11, 1, List.of("问候", "核实")),
                new Bulletin.AgentDeductions("a2", null, "t-1", 1, 9, 0, List.of("问候"))), b.deductions());
        assertEquals("2032-W03", b.week());
        assertEquals(LocalDate.of(2032, 1, 18), b.to());
        assertEquals(4, b.evaluations());
        assertEquals(new BigDecimal("95.3"), b.averageScore());
        assertEquals(1, b.criticalFailures());
    }

    @Test
    void emptyWeekHasNoAverage() {
        Bulletin b = BulletinContent.of(WEEK, new WeekFacts(List.of(), List.of(), Map.of(), List.of()),
                new BulletinContent.Limits(10, 3, 3));
        assertNull(b.averageScore());
        assertEquals(List.of(), b.problems());
    }
}

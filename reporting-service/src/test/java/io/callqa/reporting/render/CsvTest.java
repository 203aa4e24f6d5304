package io.callqa.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CsvTest {

    private static String body(String csv) {
        assertTrue(csv.startsWith(Csv.BOM), "starts with a BOM");
        return csv.substring(1);
    }

    @Test
    void writesHeaderAndRowsWithCrlfAndPlainValues() {
        Table table = Table.of("agent", "score", "day", "at", "note").row("a-1", new BigDecimal("1E+2"),
                LocalDate.of(2026, 11, 30), Instant.parse("2026-11-30T01:02:03Z"), null)
                .row("a-2", 82.5, null, null, "ok").build();

        assertEquals("agent,score,day,at,note\r\n"
                + "a-1,100,2026-11-30,2026-11-30T01:02:03Z,\r\n"
                + "a-2,82.5,,,ok\r\n", body(Csv.write(table)));
    }

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        Table table = Table.of("text").row("a,b").row("say \"hi\"").row("two\nlines").row("cr\rhere").row("plain")
                .build();

        assertEquals("text\r\n\"a,b\"\r\n\"say \"\"hi\"\"\"\r\n\"two\nlines\"\r\n\"cr\rhere\"\r\nplain\r\n",
                body(Csv.write(table)));
    }

    @Test
    void prefixesTextThatASpreadsheetWouldRunAsAFormula() {
        Table table = Table.of("text").row("=HYPERLINK(\"http://x\",\"y\")").row("+1").row("-2+3").row("@SUM(A1)")
                .row("\tx").row("\r=1").row("a=b").build();

        assertEquals("text\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n'+1\r\n'-2+3\r\n'@SUM(A1)\r\n'\tx\r\n"
                + "\"'\r=1\"\r\na=b\r\n", body(Csv.write(table)));
    }

    @Test
    void leavesNegativeNumbersAlone() {
        Table table = Table.of("change", "share").row(-3.5, new BigDecimal("-0.0500")).build();

        assertEquals("change,share\r\n-3.5,-0.0500\r\n", body(Csv.write(table)));
    }

    @Test
    void guardsTheHeadersToo() {
        assertEquals("'=cmd,b\r\n", body(Csv.write(Table.of("=cmd", "b").build())));
    }

    @Test
    void keepsChineseTextAsItIs() {
        assertEquals("坐席,问题\r\n张三,未核实身份，直接办理\r\n",
                body(Csv.write(Table.of("坐席", "问题").row("张三", "未核实身份，直接办理").build())));
    }

    @Test
    void writesNoNumberInExponentForm() {
        Table table = Table.of("v").row(1.0E-7).row(1.0E12).row(Double.NaN).row(12L).build();

        assertEquals("v\r\n0.00000010\r\n1000000000000\r\n\r\n12\r\n", body(Csv.write(table)));
    }
}

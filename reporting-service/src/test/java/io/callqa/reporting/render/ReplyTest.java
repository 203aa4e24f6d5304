package io.callqa.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.ws.rs.core.Response;

class ReplyTest {

    private static final Map<String, Object> JSON = Map.of("agentId", "a-1");
    private static final Table TABLE = Table.of("agentId").row("a-1").build();

    @Test
    void jsonIsTheObjectItself() {
        Response r = Reply.of(Format.JSON, JSON, () -> fail("no CSV"), () -> fail("no HTML"), "x");

        assertEquals(200, r.getStatus());
        assertSame(JSON, r.getEntity());
        assertEquals("application/json", r.getHeaderString("Content-Type"));
        assertNull(r.getHeaderString("Content-Disposition"));
        assertEquals("Accept", r.getHeaderString("Vary"));
    }

    @Test
    void csvIsADownload() {
        Response r = Reply.of(Format.CSV, JSON, () -> TABLE, () -> fail("no HTML"), "pareto-2026-11");

        assertEquals("text/csv;charset=UTF-8", r.getHeaderString("Content-Type").replace(" ", ""));
        assertEquals("attachment; filename=\"pareto-2026-11.csv\"", r.getHeaderString("Content-Disposition"));
        assertEquals(Csv.BOM + "agentId\r\na-1\r\n", r.getEntity());
        assertEquals("nosniff", r.getHeaderString("X-Content-Type-Options"));
    }

    @Test
    void htmlIsThePageWithAStrictPolicy() {
        Response r = Reply.of(Format.HTML, JSON, () -> TABLE, () -> "<!DOCTYPE html>", "x");

        assertEquals("text/html;charset=UTF-8", r.getHeaderString("Content-Type").replace(" ", ""));
        assertEquals("<!DOCTYPE html>", r.getEntity());
        assertEquals(Reply.HTML_POLICY, r.getHeaderString("Content-Security-Policy"));
    }

    @Test
    void withoutHtmlFallsBackToJson() {
        Response r = Reply.of(Format.HTML, JSON, () -> TABLE, null, "x");

        assertSame(JSON, r.getEntity());
        assertEquals("application/json", r.getHeaderString("Content-Type"));
    }

    @Test
    void fileNameCannotBreakTheHeader() {
        Response r = Reply.of(Format.CSV, JSON, () -> TABLE, null, "周报\"\r\nX-Evil: 1");

        assertEquals("attachment; filename=\"_____X-Evil__1.csv\"", r.getHeaderString("Content-Disposition"));
    }
}

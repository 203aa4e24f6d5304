package io.callqa.reporting.render;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.callqa.kit.security.Roles;
import io.callqa.reporting.render.Charts.Bar;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A report endpoint of the test application only: shows {@link Format} and {@link Reply} through the real
 * HTTP stack (JSON, CSV, HTML, a bad {@code format}), the way the report resources use them.
 */
@Path("/api/v1/render-check")
@RolesAllowed(Roles.QA_LEAD)
public class RenderCheckResource {

    static final List<Bar> ITEMS = List.of(new Bar("未核实客户身份", 42), new Bar("结束语不规范", 9),
            new Bar("Hold without asking", 14));

    @GET
    @Produces({MediaType.APPLICATION_JSON, Format.CSV_TYPE, MediaType.TEXT_HTML})
    public Uni<Response> pareto(@QueryParam("format") String format, @Context HttpHeaders headers) {
        Format asked = Format.of(format, headers, true);
        return Uni.createFrom().item(() -> Reply.of(asked, Map.of("items", ITEMS), RenderCheckResource::table,
                RenderCheckResource::page, "render-check-2031-01"));
    }

    private static Table table() {
        Table.Builder table = Table.of("item", "pointsLost", "note");
        ITEMS.forEach(item -> table.row(item.label(), BigDecimal.valueOf(item.value()), "=1+1"));
        return table.build();
    }

    private static String page() {
        return HtmlPage.titled("扣分 Pareto 2031-01").svg(Charts.pareto("扣分项 Points lost by item", ITEMS)).render();
    }
}

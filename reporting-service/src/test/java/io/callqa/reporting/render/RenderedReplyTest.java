package io.callqa.reporting.render;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;

import org.junit.jupiter.api.Test;

import io.callqa.testkit.InfraResource;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** {@link Reply} through the real HTTP stack, and an HTML report fetched with a token and drawn by Chromium. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class RenderedReplyTest {

    private static final String PATH = "/api/v1/render-check";

    @TestHTTPResource(PATH)
    URL report;

    @Test
    void jsonByDefault() {
        given().auth().oauth2(TestTokens.qaLead("q-render")).when().get(PATH)
                .then().statusCode(200).contentType(startsWith("application/json"))
                .header("Vary", "Accept").body("items[0].label", equalTo("未核实客户身份"));
    }

    @Test
    void csvByParameterOrAcceptIsADownloadWithABomAndGuardedText() {
        for (boolean byAccept : new boolean[] {false, true}) {
            String body = (byAccept ? given().accept("text/csv") : given().queryParam("format", "csv"))
                    .auth().oauth2(TestTokens.qaLead("q-render")).when().get(PATH)
                    .then().statusCode(200).contentType(startsWith("text/csv"))
                    .contentType(containsString("charset=UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"render-check-2031-01.csv\"")
                    .extract().asString();
            assertTrue(body.startsWith(Csv.BOM + "item,pointsLost,note\r\n未核实客户身份,42.0,'=1+1\r\n"), body);
        }
    }

    @Test
    void htmlIsAPrintablePageWithItsPolicy() {
        given().auth().oauth2(TestTokens.qaLead("q-render")).queryParam("format", "html").when().get(PATH)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", Reply.HTML_POLICY)
                .body(containsString("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-pareto\""));
    }

    @Test
    void anUnknownFormatIsA400NamingTheParameter() {
        given().auth().oauth2(TestTokens.qaLead("q-render")).queryParam("format", "xml").when().get(PATH)
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void withoutATokenIsA401() {
        given().queryParam("format", "csv").when().get(PATH).then().statusCode(401);
    }

    @Test
    void chromiumDrawsTheReportFetchedWithAToken() throws Exception {
        Chromium chromium = Chromium.require();
        URI page = Chromium.fetch(URI.create(report + "?format=html"), TestTokens.qaLead("q-render"));

        Screenshot shot = chromium.screenshot(page, Chromium.keep("render-check.png"));
        String dom = chromium.dumpDom(page);

        assertTrue(shot.pixelsNear(0x0072B2, 8) > 1_000, "the Pareto's bars are drawn");
        assertTrue(dom.contains("未核实客户身份") && dom.contains("class=\"cumulative\""), dom);
    }
}

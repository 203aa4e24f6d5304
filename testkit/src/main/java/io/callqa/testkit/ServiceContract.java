package io.callqa.testkit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * What every service promises, whatever it does: health (live, and ready only with its database and Kafka),
 * Prometheus metrics, OpenAPI with Swagger UI, and no API operation without a token. A service's test extends
 * this class and adds {@code @QuarkusTest @WithTestResource(InfraResource.class)}.
 */
public abstract class ServiceContract {

    @Test
    void liveAndReadyWithDatabaseAndKafka() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"),
                        "checks.name", hasItem(containsString("Database")),
                        "checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"));
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        given().accept("text/html").when().get("/q/swagger-ui/").then().statusCode(200);
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.SecurityScheme.scheme", equalTo("bearer"));
    }

    @Test
    void everyApiOperationRequiresABearerToken() {
        List<String[]> operations = apiOperations();
        assertFalse(operations.isEmpty(), "the service publishes no /api/v1 operation");
        for (String[] operation : operations) {
            var response = given().contentType(operation[2]).body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .when().request(operation[0], operation[1].replaceAll("\\{[^}]+}", "x"));
            assertTrue(response.statusCode() == 401 && response.contentType().startsWith("application/problem+json"),
                    operation[0] + " " + operation[1] + " answered " + response.statusCode() + " without a token");
        }
    }

    /** The first media type the operation takes (JSON when it takes no body). */
    @SuppressWarnings("unchecked")
    private static String requestType(Object operation) {
        Object body = ((Map<String, Object>) operation).get("requestBody");
        Object content = body instanceof Map<?, ?> b ? b.get("content") : null;
        return content instanceof Map<?, ?> types && !types.isEmpty() ? (String) types.keySet().iterator().next()
                : ContentType.JSON.toString();
    }

    private static List<String[]> apiOperations() {
        JsonPath openApi = given().queryParam("format", "json").when().get("/q/openapi").then().extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        List<String[]> operations = new ArrayList<>();
        paths.forEach((path, methods) -> {
            if (path.startsWith("/api/v1/")) {
                methods.keySet().stream().filter(m -> !m.equals("parameters"))
                        .forEach(m -> operations.add(new String[] {m.toUpperCase(java.util.Locale.ROOT), path,
                                requestType(methods.get(m))}));
            }
        });
        return operations;
    }
}

package io.callqa.local.compose;

import static io.callqa.local.compose.DockerComposeConsistencyTest.ROOT;
import static io.callqa.local.compose.DockerComposeConsistencyTest.SERVICES;
import static io.callqa.local.compose.DockerComposeConsistencyTest.compose;
import static io.callqa.local.compose.DockerComposeConsistencyTest.composeService;
import static io.callqa.local.compose.DockerComposeConsistencyTest.javaFiles;
import static io.callqa.local.compose.DockerComposeConsistencyTest.read;
import static io.callqa.local.compose.DockerComposeConsistencyTest.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * Keeps the Grafana container of {@code docker-compose.yml} and {@code deploy/grafana} in step: what compose mounts
 * exists, the datasource is compose's Prometheus, the provider reads where the dashboards are mounted, and the
 * dashboard parses, takes its datasource from the variable and names only meters the services register. Nothing
 * here starts Grafana.
 */
class GrafanaProvisioningTest {

    private static final Path GRAFANA = ROOT.resolve("deploy/grafana");
    private static final Path DASHBOARD = GRAFANA.resolve("dashboards/callqa-operations.json");
    /** The services' own meters (Quarkus' http_ and jvm_ ones are not checked). */
    private static final Pattern QA_METRIC = Pattern.compile("\\bqa_[a-z_]+");
    private static final Pattern METER_NAME = Pattern.compile("\"(qa\\.[a-z_.]+)\"");

    private static Map<String, Object> grafana() {
        return composeService(compose(), "grafana").orElseThrow(() -> new AssertionError("no grafana in compose"));
    }

    @Test
    void composeMountsTheProvisioningAndDashboardsBesidePrometheus() {
        Map<String, Object> grafana = grafana();
        assertTrue(String.valueOf(grafana.get("image")).startsWith("grafana/grafana"), "image " + grafana.get("image"));
        assertEquals(List.of("3000:3000"), grafana.get("ports"));
        assertTrue(String.valueOf(grafana.get("depends_on")).contains("prometheus"));
        List<String> mounts = new ArrayList<>();
        for (Object volume : (List<?>) grafana.get("volumes")) {
            String[] parts = String.valueOf(volume).split(":");
            assertTrue(Files.isDirectory(ROOT.resolve(parts[0]).normalize()), parts[0] + " does not exist");
            mounts.add(parts[0] + " -> " + parts[1]);
        }
        assertTrue(mounts.contains("./deploy/grafana/provisioning -> /etc/grafana/provisioning"), mounts.toString());
        assertTrue(mounts.contains("./deploy/grafana/dashboards -> /var/lib/grafana/dashboards/callqa"),
                mounts.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDatasourceIsComposesPrometheusAndTheProviderReadsTheMountedDashboards() {
        List<Map<String, Object>> sources = (List<Map<String, Object>>) yaml(
                read(GRAFANA.resolve("provisioning/datasources/prometheus.yml"))).get("datasources");
        assertEquals("prometheus", sources.get(0).get("type"));
        assertEquals("http://prometheus:9090", sources.get(0).get("url"));
        assertTrue(String.valueOf(composeService(compose(), "prometheus").orElseThrow().get("ports"))
                .contains("9090:9090"));
        List<Map<String, Object>> providers = (List<Map<String, Object>>) yaml(
                read(GRAFANA.resolve("provisioning/dashboards/callqa.yml"))).get("providers");
        assertEquals("/var/lib/grafana/dashboards/callqa",
                ((Map<String, Object>) providers.get(0).get("options")).get("path"));
    }

    @Test
    void everyPanelQueriesTheChosenPrometheusForMetersTheServicesRegister() {
        JsonObject dashboard;
        try (JsonReader reader = Json.createReader(new StringReader(read(DASHBOARD)))) {
            dashboard = reader.readObject();
        }
        assertEquals("callqa-operations", dashboard.getString("uid"));
        assertTrue(dashboard.getJsonObject("templating").getJsonArray("list").stream().map(JsonValue::asJsonObject)
                .anyMatch(v -> v.getString("name").equals("datasource") && v.getString("query").equals("prometheus")));
        Set<String> registered = registeredMeters();
        List<String> problems = new ArrayList<>();
        for (JsonValue value : dashboard.getJsonArray("panels")) {
            JsonObject panel = value.asJsonObject();
            if (panel.getString("type").equals("row")) {
                continue;
            }
            String title = panel.getString("title");
            if (!"${datasource}".equals(panel.getJsonObject("datasource").getString("uid"))) {
                problems.add(title + ": datasource is not ${datasource}");
            }
            for (JsonValue target : panel.getJsonArray("targets")) {
                Matcher m = QA_METRIC.matcher(target.asJsonObject().getString("expr"));
                while (m.find()) {
                    String meter = m.group().replaceAll("_(total|count|sum|max)$", "");
                    if (!registered.contains(meter)) {
                        problems.add(title + ": " + m.group() + " is registered by no service");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Every {@code "qa.…"} string literal in the services' and service-kit's main code, in Prometheus form. */
    private static Set<String> registeredMeters() {
        Set<String> names = new TreeSet<>();
        List<String> modules = new ArrayList<>(SERVICES.stream().map(DockerComposeConsistencyTest.Service::module)
                .toList());
        modules.add("service-kit");
        for (String module : modules) {
            for (Path file : javaFiles(ROOT.resolve(module).resolve("src/main/java"))) {
                Matcher m = METER_NAME.matcher(read(file));
                while (m.find()) {
                    names.add(m.group(1).replace('.', '_'));
                }
            }
        }
        return names;
    }
}

package io.callqa.bench;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** The operations of a service's OpenAPI document ({@code /q/openapi?format=json}) under a path prefix. */
final class OpenApiPaths {

    /** One operation: method, path, and its parameters (the path item's own included). */
    record Operation(String method, String path, List<ReportEndpoint.Parameter> parameters) {
    }

    private OpenApiPaths() {
    }

    static List<Operation> parse(String json, String prefix) {
        JsonObject paths = Json.createReader(new StringReader(json)).readObject().getJsonObject("paths");
        List<Operation> operations = new ArrayList<>();
        if (paths == null) {
            return operations;
        }
        for (Map.Entry<String, JsonValue> entry : paths.entrySet()) {
            if (!entry.getKey().startsWith(prefix)) {
                continue;
            }
            JsonObject item = entry.getValue().asJsonObject();
            List<ReportEndpoint.Parameter> shared = parameters(item.getJsonArray("parameters"));
            for (String method : List.of("get", "post")) {
                if (item.containsKey(method)) {
                    Map<String, ReportEndpoint.Parameter> all = new LinkedHashMap<>();
                    shared.forEach(p -> all.put(p.in() + ":" + p.name(), p));
                    parameters(item.getJsonObject(method).getJsonArray("parameters"))
                            .forEach(p -> all.put(p.in() + ":" + p.name(), p));
                    operations.add(new Operation(method.toUpperCase(), entry.getKey(), List.copyOf(all.values())));
                }
            }
        }
        return operations;
    }

    private static List<ReportEndpoint.Parameter> parameters(JsonArray array) {
        List<ReportEndpoint.Parameter> parameters = new ArrayList<>();
        if (array == null) {
            return parameters;
        }
        for (JsonValue value : array) {
            JsonObject p = value.asJsonObject();
            if (p.containsKey("name") && p.containsKey("in")) {
                parameters.add(new ReportEndpoint.Parameter(p.getString("name"), p.getString("in"),
                        p.getBoolean("required", false)));
            }
        }
        return parameters;
    }
}

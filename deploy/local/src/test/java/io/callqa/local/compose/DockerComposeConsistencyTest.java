package io.callqa.local.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Keeps {@code docker-compose.yml} (repository root) and {@code deploy/prometheus/prometheus.yml} in step with
 * the services they run: nothing here starts a container, it reads the files.
 *
 * <p>
 * A service's configuration keys are the keys of its {@code src/main/resources/application.properties}, of
 * {@code service-kit/src/main/resources/META-INF/microprofile-config.properties}, and of the
 * {@code @ConfigMapping} interfaces under its own and service-kit's {@code src/main/java}. Keys are compared in
 * their environment-variable form (MicroProfile Config: upper case, every non-alphanumeric as {@code _}). A
 * variable in compose that is not such a key is almost always a typo that the service silently ignores; a key
 * that really exists but is set nowhere (a Quarkus key left at its built-in default, say) has to be written
 * into the service's application.properties before compose may set it.
 */
class DockerComposeConsistencyTest {

    /** The services compose must run: compose/Prometheus name, module directory, own database. */
    record Service(String name, String module, String database) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("ingest", "ingest-service", "ingest"),
            new Service("sampling", "sampling-service", "sampling"),
            new Service("scoring", "scoring-service", "scoring"),
            new Service("feedback", "feedback-service", "feedback"),
            new Service("reporting", "reporting-service", "reporting"));

    /**
     * Variables a service container may set that are not configuration keys: they are read by the image's
     * run-java.sh start script (JVM options and heap sizing) or by the JVM itself (time zone), never by
     * MicroProfile Config. Keep this list short; a configuration key never belongs here.
     */
    static final Set<String> NOT_CONFIGURATION_KEYS = Set.of(
            "JAVA_OPTS", "JAVA_OPTS_APPEND", "JAVA_MAX_MEM_RATIO", "JAVA_INITIAL_MEM_RATIO", "TZ");

    /**
     * The keys that tell a service where its infrastructure is. Their defaults are for a service running on the
     * host (localhost:15432, localhost:19092, a key file relative to the working directory), so compose must
     * override each one whose default is host-local.
     */
    static final List<String> INFRASTRUCTURE_KEYS = List.of("quarkus.datasource.reactive.url",
            "quarkus.datasource.jdbc.url", "kafka.bootstrap.servers", "mp.jwt.verify.publickey.location");

    static final String DOCKERFILE = "src/main/docker/Dockerfile.jvm";
    static final String METRICS_PATH = "/q/metrics";

    static final Path ROOT = repositoryRoot();
    static final Path KIT_PROPERTIES = ROOT.resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties");

    // ------------------------------------------------------------------------------------------------------
    // the checks

    @Test
    void everyEnvironmentKeyIsAConfigurationKeyOfThatService() {
        Map<String, Object> compose = compose();
        List<String> problems = new ArrayList<>();
        for (Service service : SERVICES) {
            Optional<Map<String, Object>> definition = composeService(compose, service.name());
            if (definition.isEmpty()) {
                continue; // reported by composeRunsEveryServiceFromItsModule
            }
            problems.addAll(unknownKeys(service.name(), environment(definition.get()), configurationKeys(service)));
        }
        assertNoProblems(problems);
    }

    @Test
    void portsAgreeWithEachServiceConfiguration() {
        Map<String, Object> compose = compose();
        Map<String, Object> prometheus = prometheus();
        List<String> problems = new ArrayList<>();
        for (Service service : SERVICES) {
            String portText = applicationProperties(service).getProperty("quarkus.http.port");
            if (portText == null) {
                problems.add(service.name() + ": " + service.module()
                        + "/src/main/resources/application.properties does not set quarkus.http.port");
                continue;
            }
            int port = Integer.parseInt(portText.trim());
            String who = service.name() + " (quarkus.http.port=" + port + ")";

            Optional<Map<String, Object>> definition = composeService(compose, service.name());
            if (definition.isPresent()) {
                List<int[]> mappings = portMappings(definition.get().get("ports"));
                if (mappings.isEmpty()) {
                    problems.add(who + ": docker-compose.yml publishes no port (expected \"" + port + ":" + port
                            + "\")");
                }
                for (int[] mapping : mappings) {
                    if (mapping[0] != port || mapping[1] != port) {
                        problems.add(who + ": docker-compose.yml ports maps host " + mapping[0] + " to container "
                                + mapping[1] + ", expected \"" + port + ":" + port + "\"");
                    }
                }
                String portVariable = environment(definition.get()).get("QUARKUS_HTTP_PORT");
                if (portVariable != null && !portVariable.trim().equals(String.valueOf(port))) {
                    problems.add(who + ": docker-compose.yml sets QUARKUS_HTTP_PORT=" + portVariable);
                }
            }

            for (String target : scrapeTargets(prometheus, service.name())) {
                if (!target.equals(service.name() + ":" + port)) {
                    problems.add(who + ": prometheus.yml scrapes " + target + ", expected " + service.name() + ":"
                            + port);
                }
            }

            Set<Integer> exposed = exposedPorts(ROOT.resolve(service.module()).resolve(DOCKERFILE));
            if (!exposed.contains(port)) {
                problems.add(who + ": " + service.module() + "/" + DOCKERFILE + " has EXPOSE " + exposed
                        + ", expected EXPOSE " + port);
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void composeRunsEveryServiceFromItsModule() {
        Map<String, Object> compose = compose();
        List<String> problems = new ArrayList<>();
        for (Service service : SERVICES) {
            Optional<Map<String, Object>> definition = composeService(compose, service.name());
            if (definition.isEmpty()) {
                problems.add(service.name() + ": missing from docker-compose.yml services");
                continue;
            }
            Object build = definition.get().get("build");
            if (!(build instanceof Map<?, ?> buildMap)) {
                problems.add(service.name() + ": docker-compose.yml has no build: {context: ./" + service.module()
                        + ", dockerfile: " + DOCKERFILE + "}");
                continue;
            }
            Path context = ROOT.resolve(String.valueOf(buildMap.get("context"))).normalize();
            if (!context.equals(ROOT.resolve(service.module()).normalize())) {
                problems.add(service.name() + ": build context is " + buildMap.get("context") + ", expected ./"
                        + service.module());
            }
            if (!DOCKERFILE.equals(String.valueOf(buildMap.get("dockerfile")))) {
                problems.add(service.name() + ": build dockerfile is " + buildMap.get("dockerfile") + ", expected "
                        + DOCKERFILE);
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void prometheusScrapesEveryService() {
        Map<String, Object> prometheus = prometheus();
        List<String> problems = new ArrayList<>();
        for (Service service : SERVICES) {
            List<Map<String, Object>> jobs = scrapeJobs(prometheus, service.name());
            if (jobs.isEmpty()) {
                problems.add(service.name() + ": no scrape job in deploy/prometheus/prometheus.yml has a target "
                        + service.name() + ":<port>");
            }
            for (Map<String, Object> job : jobs) {
                Object path = job.getOrDefault("metrics_path", "/metrics");
                if (!METRICS_PATH.equals(path)) {
                    problems.add(service.name() + ": scrape job " + job.get("job_name") + " has metrics_path "
                            + path + ", expected " + METRICS_PATH);
                }
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void eachServiceUsesItsOwnDatabase() {
        Map<String, Object> compose = compose();
        List<String> problems = new ArrayList<>();
        Pattern urlVariable = Pattern.compile("QUARKUS_DATASOURCE_(?:\\w+_)?(?:REACTIVE|JDBC)_URL");
        for (Service service : SERVICES) {
            Optional<Map<String, Object>> definition = composeService(compose, service.name());
            if (definition.isEmpty()) {
                continue;
            }
            Map<String, String> environment = environment(definition.get());
            for (Map.Entry<String, String> variable : environment.entrySet()) {
                if (urlVariable.matcher(variable.getKey()).matches()) {
                    String database = databaseOf(variable.getValue());
                    if (!service.database().equals(database)) {
                        problems.add(service.name() + ": " + variable.getKey() + "=" + variable.getValue()
                                + " names database " + database + ", expected its own database "
                                + service.database());
                    }
                }
            }
        }
        Set<String> created = createdDatabases(ROOT.resolve("deploy/postgres/init.sql"));
        for (Service service : SERVICES) {
            if (!created.contains(service.database())) {
                problems.add(service.name() + ": deploy/postgres/init.sql does not create database "
                        + service.database());
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void composeOverridesEveryHostLocalDefault() {
        Map<String, Object> compose = compose();
        Properties kit = properties(KIT_PROPERTIES);
        List<String> problems = new ArrayList<>();
        for (Service service : SERVICES) {
            Optional<Map<String, Object>> definition = composeService(compose, service.name());
            if (definition.isEmpty()) {
                continue;
            }
            Map<String, String> environment = environment(definition.get());
            Properties own = applicationProperties(service);
            for (String key : INFRASTRUCTURE_KEYS) {
                String value = own.getProperty(key, kit.getProperty(key));
                if (value != null && hostLocal(value) && !environment.containsKey(envName(key))) {
                    problems.add(service.name() + ": " + key + " defaults to " + value
                            + ", which means nothing inside a container; docker-compose.yml must set "
                            + envName(key));
                }
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void keyCheckReportsAKeyTheServiceDoesNotHave() {
        Service ingest = SERVICES.get(0);
        Set<String> keys = configurationKeys(ingest);

        Map<String, Object> asMap = yaml("""
                services:
                  ingest:
                    environment:
                      KAFKA_BOOTSTRAP_SERVERS: kafka:9092
                      QUARKUS_DATASORCE_URL: postgresql://postgres:5432/ingest
                      JAVA_OPTS_APPEND: -Xmx256m
                """);
        List<String> problems = unknownKeys("ingest", environment(composeService(asMap, "ingest").orElseThrow()),
                keys);
        assertEquals(1, problems.size(), () -> "expected exactly the misspelt key, got " + problems);
        assertTrue(problems.get(0).contains("ingest") && problems.get(0).contains("QUARKUS_DATASORCE_URL"),
                problems.get(0));

        Map<String, Object> asList = yaml("""
                services:
                  ingest:
                    environment:
                      - QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://postgres:5432/ingest
                      - QA_INGEST_CALLER_HASH_KEYS=secret
                """);
        List<String> listProblems = unknownKeys("ingest",
                environment(composeService(asList, "ingest").orElseThrow()), keys);
        assertEquals(1, listProblems.size(), () -> "expected exactly the misspelt key, got " + listProblems);
        assertTrue(listProblems.get(0).contains("QA_INGEST_CALLER_HASH_KEYS"), listProblems.get(0));
    }

    @Test
    void configMappingKeysAreReadFromSource() {
        String source = """
                package x;
                /** {@code qa.demo.*}: "http://example" // not a comment */
                @ConfigMapping(prefix = "qa.demo")
                public interface DemoConfig {
                    @WithDefault("20") // seconds
                    int maxTalkSeconds();
                    @WithName("url")
                    Optional<String> endpointUrl();
                    ShortCall shortCall();
                    Map<String, String> labels();
                    default int twice() { return 2 * maxTalkSeconds(); }
                    interface ShortCall {
                        /* nested group */
                        Duration realtimeDue();
                    }
                }
                """;
        assertEquals(Set.of("qa.demo.max-talk-seconds", "qa.demo.url", "qa.demo.short-call.realtime-due",
                "qa.demo.labels.*"), configMappingKeys(source));
        assertEquals("caller-hash-key", kebab("callerHashKey"));
        assertEquals("max-url-length", kebab("maxURLLength"));
    }

    // ------------------------------------------------------------------------------------------------------
    // configuration keys

    /** The environment-variable forms of every configuration key the service has (see the class comment). */
    static Set<String> configurationKeys(Service service) {
        Set<String> keys = new TreeSet<>();
        keys.addAll(applicationProperties(service).stringPropertyNames());
        keys.addAll(properties(KIT_PROPERTIES).stringPropertyNames());
        for (Path sources : List.of(ROOT.resolve(service.module()).resolve("src/main/java"),
                ROOT.resolve("service-kit/src/main/java"))) {
            for (Path file : javaFiles(sources)) {
                keys.addAll(configMappingKeys(read(file)));
            }
        }
        Set<String> names = new TreeSet<>();
        for (String key : keys) {
            if (key.endsWith(".*")) {
                // a Map or List in a @ConfigMapping: any variable below it
                names.add(envName(key.substring(0, key.length() - 2)) + "_*");
            } else if (key.startsWith("%") && key.indexOf('.') > 0) {
                // a profile key %prod.a.b is set by _PROD_A_B, and is also a key a.b
                names.add(envName(key));
                names.add(envName(key.substring(key.indexOf('.') + 1)));
            } else {
                names.add(envName(key));
            }
        }
        return names;
    }

    /** Problems, one for each variable that is neither a configuration key nor a known non-configuration one. */
    static List<String> unknownKeys(String service, Map<String, String> environment, Set<String> configurationKeys) {
        List<String> problems = new ArrayList<>();
        for (String variable : environment.keySet()) {
            if (NOT_CONFIGURATION_KEYS.contains(variable) || configurationKeys.contains(variable)) {
                continue;
            }
            boolean underMap = configurationKeys.stream()
                    .anyMatch(key -> key.endsWith("_*") && variable.startsWith(key.substring(0, key.length() - 1)));
            if (!underMap) {
                problems.add(service + ": environment variable " + variable + " is not a configuration key of "
                        + service + " (not in its application.properties, service-kit's"
                        + " microprofile-config.properties or a @ConfigMapping); a typo? A real Quarkus key must first"
                        + " be written into the service's application.properties");
            }
        }
        return problems;
    }

    /** MicroProfile Config's environment-variable form of a property name. */
    static String envName(String key) {
        StringBuilder name = new StringBuilder(key.length());
        for (char c : key.toCharArray()) {
            name.append(Character.isLetterOrDigit(c) && c < 128 ? Character.toUpperCase(c) : '_');
        }
        return name.toString();
    }

    static final Pattern CONFIG_MAPPING = Pattern
            .compile("@(?:[\\w.]*\\.)?ConfigMapping\\s*\\(\\s*(?:prefix\\s*=\\s*)?\"([^\"]*)\"");
    static final Pattern TYPE_HEADER = Pattern.compile("\\b(interface|class|enum|record)\\s+(\\w+)");
    static final Pattern ANNOTATION = Pattern
            .compile("@[\\w.]+(?:\\s*\\((?:\"(?:[^\"\\\\]|\\\\.)*\"|[^)\"])*\\))?");
    static final Pattern WITH_NAME = Pattern.compile("@(?:[\\w.]*\\.)?WithName\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
    static final Pattern WITH_PARENT_NAME = Pattern.compile("@(?:[\\w.]*\\.)?WithParentName\\b");
    static final Pattern METHOD = Pattern.compile("(.*?)\\b([A-Za-z_$][\\w$]*)\\s*\\(\\s*\\)\\s*$", Pattern.DOTALL);

    /**
     * The property names of the {@code @ConfigMapping} interfaces in one Java source: the prefix, then the
     * kebab-case method name (or {@code @WithName}) of every abstract method. A method whose type is an
     * interface declared in the same file is a group and is followed ({@code Optional<Group>} too; with
     * {@code @WithParentName} at the same prefix). A {@code Map} or {@code List} yields {@code name.*}, any key
     * below it. Groups declared in other files are not followed: their method shows as a single key.
     */
    static Set<String> configMappingKeys(String javaSource) {
        String source = stripComments(javaSource);
        Set<String> keys = new TreeSet<>();
        Matcher mapping = CONFIG_MAPPING.matcher(source);
        while (mapping.find()) {
            Matcher header = Pattern.compile("\\binterface\\s+(\\w+)[^{]*\\{").matcher(source);
            if (!header.find(mapping.end())) {
                continue;
            }
            int open = header.end() - 1;
            String body = source.substring(open + 1, matchingBrace(source, open));
            Map<String, String> nested = new LinkedHashMap<>();
            collectInterfaces(body, nested);
            addKeys(mapping.group(1), body, nested, keys, 0);
        }
        return keys;
    }

    private static void addKeys(String prefix, String body, Map<String, String> interfaces, Set<String> keys,
            int depth) {
        if (depth > 10) {
            return; // a group that contains itself: nothing more to learn
        }
        for (String member : topLevelMembers(body)) {
            String declaration = ANNOTATION.matcher(member).replaceAll(" ").trim();
            Matcher method = METHOD.matcher(declaration);
            if (!method.matches() || declaration.contains("=")
                    || declaration.matches("(?s).*\\b(static|default|private)\\b.*")) {
                continue; // a constant, or a method with a body
            }
            String type = method.group(1).replaceAll("\\b(public|abstract)\\b", "").replaceAll("\\s+", "");
            Matcher withName = WITH_NAME.matcher(member);
            String name = withName.find() ? withName.group(1) : kebab(method.group(2));
            String key = WITH_PARENT_NAME.matcher(member).find() ? prefix : prefix + "." + name;
            String element = type.replaceAll("^(?:java\\.util\\.)?Optional<(.*)>$", "$1");
            if (type.matches("^(?:java\\.util\\.)?(Map|List|Set)<.*")) {
                keys.add(key + ".*");
            } else if (interfaces.containsKey(element)) {
                addKeys(key, interfaces.get(element), interfaces, keys, depth + 1);
            } else {
                keys.add(key);
            }
        }
    }

    /** The declarations ending in ';' at brace depth 0 of a type body (annotations included). */
    private static List<String> topLevelMembers(String body) {
        List<String> members = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '{') {
                depth++;
                current.setLength(0); // a nested type or a default method body: not a property
            } else if (c == '}') {
                depth--;
                current.setLength(0);
            } else if (depth == 0) {
                if (c == ';') {
                    members.add(current.toString());
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
        }
        return members;
    }

    /** Every interface declared anywhere inside a body, by simple name. */
    private static void collectInterfaces(String body, Map<String, String> into) {
        Matcher type = TYPE_HEADER.matcher(body);
        int from = 0;
        while (type.find(from)) {
            int open = body.indexOf('{', type.end());
            if (open < 0) {
                return;
            }
            int close = matchingBrace(body, open);
            String inner = body.substring(open + 1, close);
            if (type.group(1).equals("interface")) {
                into.putIfAbsent(type.group(2), inner);
            }
            collectInterfaces(inner, into);
            from = close + 1;
        }
    }

    private static int matchingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                depth++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces after offset " + open);
    }

    /** Removes comments; string and character literals are kept but blanked so that no brace in them counts. */
    static String stripComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                out.append(' ');
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != c && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                String literal = source.substring(i, Math.min(end + 1, source.length()));
                out.append(literal.replace('{', ' ').replace('}', ' ').replace(';', ' '));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** SmallRye Config's default naming of a mapping method: maxTalkSeconds → max-talk-seconds. */
    static String kebab(String methodName) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < methodName.length(); i++) {
            char c = methodName.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && !Character.isUpperCase(methodName.charAt(i - 1));
                boolean endOfAcronym = i > 0 && Character.isUpperCase(methodName.charAt(i - 1))
                        && i + 1 < methodName.length() && Character.isLowerCase(methodName.charAt(i + 1));
                if (afterLower || endOfAcronym) {
                    name.append('-');
                }
                name.append(Character.toLowerCase(c));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    // ------------------------------------------------------------------------------------------------------
    // compose, Prometheus, Dockerfile, SQL

    static Map<String, Object> compose() {
        return yaml(read(ROOT.resolve("docker-compose.yml")));
    }

    static Map<String, Object> prometheus() {
        return yaml(read(ROOT.resolve("deploy/prometheus/prometheus.yml")));
    }

    @SuppressWarnings("unchecked")
    static Optional<Map<String, Object>> composeService(Map<String, Object> compose, String name) {
        Object services = compose.get("services");
        if (services instanceof Map<?, ?> map && map.get(name) instanceof Map<?, ?> service) {
            return Optional.of((Map<String, Object>) service);
        }
        return Optional.empty();
    }

    /** A compose service's environment, from either the map or the list ("KEY=value" / "KEY") form. */
    static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> environment = new LinkedHashMap<>();
        Object value = service.get("environment");
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> environment.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                String entry = String.valueOf(item);
                int equals = entry.indexOf('=');
                environment.put(equals < 0 ? entry : entry.substring(0, equals),
                        equals < 0 ? null : entry.substring(equals + 1));
            }
        }
        return environment;
    }

    /** {host, container} for every published TCP port, short ("[ip:]host:container[/tcp]") or long syntax. */
    static List<int[]> portMappings(Object ports) {
        List<int[]> mappings = new ArrayList<>();
        if (!(ports instanceof List<?> list)) {
            return mappings;
        }
        for (Object port : list) {
            if (port instanceof Map<?, ?> map) {
                int target = Integer.parseInt(String.valueOf(map.get("target")));
                Object published = map.get("published");
                mappings.add(new int[] { published == null ? -1 : Integer.parseInt(String.valueOf(published)),
                        target });
            } else {
                String spec = String.valueOf(port).replaceAll("/\\w+$", "");
                String[] parts = spec.split(":");
                int container = Integer.parseInt(parts[parts.length - 1]);
                int host = parts.length >= 2 ? Integer.parseInt(parts[parts.length - 2]) : -1;
                mappings.add(new int[] { host, container });
            }
        }
        return mappings;
    }

    /** The scrape jobs with at least one static target on the given host. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> scrapeJobs(Map<String, Object> prometheus, String host) {
        List<Map<String, Object>> jobs = new ArrayList<>();
        if (prometheus.get("scrape_configs") instanceof List<?> configs) {
            for (Object config : configs) {
                if (config instanceof Map<?, ?> job && !targets((Map<String, Object>) job, host).isEmpty()) {
                    jobs.add((Map<String, Object>) job);
                }
            }
        }
        return jobs;
    }

    static List<String> scrapeTargets(Map<String, Object> prometheus, String host) {
        return scrapeJobs(prometheus, host).stream().flatMap(job -> targets(job, host).stream()).toList();
    }

    private static List<String> targets(Map<String, Object> job, String host) {
        List<String> targets = new ArrayList<>();
        if (job.get("static_configs") instanceof List<?> statics) {
            for (Object entry : statics) {
                if (entry instanceof Map<?, ?> map && map.get("targets") instanceof List<?> list) {
                    for (Object target : list) {
                        String text = String.valueOf(target);
                        if (text.equals(host) || text.startsWith(host + ":")) {
                            targets.add(text);
                        }
                    }
                }
            }
        }
        return targets;
    }

    static Set<Integer> exposedPorts(Path dockerfile) {
        Set<Integer> ports = new LinkedHashSet<>();
        for (String line : read(dockerfile).split("\n")) {
            String trimmed = line.trim();
            if (trimmed.regionMatches(true, 0, "EXPOSE ", 0, 7)) {
                for (String port : trimmed.substring(7).trim().split("\\s+")) {
                    ports.add(Integer.parseInt(port.replaceAll("/\\w+$", "")));
                }
            }
        }
        return ports;
    }

    /** The database of a PostgreSQL URL, jdbc: or not: the path after host[:port], without parameters. */
    static String databaseOf(String url) {
        Matcher matcher = Pattern.compile("^(?:jdbc:|vertx-reactive:)?postgres(?:ql)?://[^/]*/([^?;]*)")
                .matcher(url.trim());
        return matcher.find() ? matcher.group(1) : "(none in " + url + ")";
    }

    static Set<String> createdDatabases(Path initSql) {
        Matcher matcher = Pattern.compile("(?i)CREATE\\s+DATABASE\\s+\"?(\\w+)\"?")
                .matcher(stripSqlComments(read(initSql)));
        Set<String> databases = new TreeSet<>();
        while (matcher.find()) {
            databases.add(matcher.group(1));
        }
        return databases;
    }

    private static String stripSqlComments(String sql) {
        return sql.replaceAll("--[^\n]*", " ");
    }

    // ------------------------------------------------------------------------------------------------------
    // files

    /** Walks up from the working directory (surefire's is deploy/local) to the directory of docker-compose.yml and mvnw. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no directory with docker-compose.yml and mvnw above "
                + Path.of("").toAbsolutePath());
    }

    static Properties applicationProperties(Service service) {
        return properties(ROOT.resolve(service.module()).resolve("src/main/resources/application.properties"));
    }

    static Properties properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String text) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        return document instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static void assertNoProblems(List<String> problems) {
        Supplier<String> message = () -> problems.size() + " problem(s):\n  " + String.join("\n  ", problems);
        assertTrue(problems.isEmpty(), message);
    }

    /** A value that points at the machine the service runs on: localhost, or a file relative to its directory. */
    static boolean hostLocal(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.contains("localhost") || lower.contains("127.0.0.1")
                || (lower.startsWith("file:") && !lower.startsWith("file:/"));
    }
}

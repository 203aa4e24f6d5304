package io.callqa.testkit;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The Quarkus test resource every service test uses: the JVM's real Kafka broker, a database of its own on
 * the JVM's real PostgreSQL, and the test JWT public key. Use it with
 * {@code @WithTestResource(InfraResource.class)}.
 */
public class InfraResource implements QuarkusTestResourceLifecycleManager {

    private String database = "svc";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Postgres.Database db = Postgres.createDatabase(database);
        return Map.of(
                "kafka.bootstrap.servers", KafkaBroker.bootstrapServers(),
                "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.reactive.url", db.reactiveUrl(),
                "quarkus.datasource.username", Postgres.USER,
                "quarkus.datasource.password", Postgres.PASSWORD,
                "mp.jwt.verify.publickey.location", TestTokens.PUBLIC_KEY_LOCATION,
                "mp.jwt.verify.issuer", TestTokens.ISSUER);
    }

    @Override
    public void stop() {
        // the broker and the server live for the JVM; the test's database is simply left behind
    }
}

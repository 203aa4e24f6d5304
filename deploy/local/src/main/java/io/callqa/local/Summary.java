package io.callqa.local;

/** What the launcher prints once everything is ready. */
final class Summary {

    private final LocalStack stack;

    Summary(LocalStack stack) {
        this.stack = stack;
    }

    String text() {
        StackOptions options = stack.options();
        StringBuilder text = new StringBuilder(System.lineSeparator()).append("CallQA local stack is ready").append(System.lineSeparator());
        for (Service service : options.services()) {
            line(text, service.id(), stack.serviceUrl(service.id()) + "   Swagger UI: " + stack.swaggerUiUrl(service.id()));
        }
        line(text, "kafka", stack.kafkaBootstrapServers());
        line(text, "postgres", "localhost:" + options.postgresPort() + "  (user callqa, password callqa, one database per service)");
        line(text, "data", options.dataDirectory().toString());
        line(text, "logs", options.dataDirectory().resolve("logs").toString());
        line(text, "tokens", "TOKEN=$(./run-local.sh token acd)   (see ./run-local.sh --help)");
        return text.append("Press Ctrl-C to stop.").append(System.lineSeparator()).toString();
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(String.format("  %-10s %s%n", name, value));
    }
}

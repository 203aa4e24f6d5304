package io.callqa.local.cli;

/** The text of {@code --help}. */
public final class Usage {

    private Usage() {
    }

    public static String text() {
        return """
                CallQA local stack: embedded Kafka (KRaft) and PostgreSQL 17 with data kept in .qa-local/,
                and the five services as separate JVMs from their packaged jars.

                Usage:
                  ./run-local.sh [options]        start everything, print the URLs; Ctrl-C stops it all
                  ./run-local.sh token ROLE [--agent ID] [--team ID] [--user ID] [--ttl 12h]
                                                  print a bearer token signed with the stack's key, e.g.
                                                  TOKEN=$(./run-local.sh token acd)
                                                  roles: agent (needs --agent), team-lead (needs --team),
                                                  evaluator, qa-lead, admin, acd
                  ./run-local.sh --build [...]    rebuild (./mvnw install -DskipTests) before starting
                  ./run-local.sh --help

                Options (each also as system property callqa.local.NAME or environment variable
                CALLQA_LOCAL_NAME, e.g. --kafka-port / -Dcallqa.local.kafka-port / CALLQA_LOCAL_KAFKA_PORT;
                the option wins over the property, the property over the variable):
                  --data-dir DIR               data, keys and logs            default: <repo>/.qa-local
                  --repo-root DIR              where the service modules are  default: found from the working dir
                  --kafka-port N               Kafka clients                  default: 19092
                  --kafka-controller-port N    Kafka controller (KRaft)       default: 19093
                  --postgres-port N            PostgreSQL                     default: 15432
                  --ingest-port N              and --sampling-port, --scoring-port, --feedback-port,
                                               --reporting-port               default: 8081 .. 8085
                  --free-ports                 every port above chosen free (0 also means "any free port")
                  --services LIST              comma-separated, 'all' or 'none' (Kafka and PostgreSQL only)
                                                                              default: all
                  --ready-timeout SECONDS      how long services may take to become ready   default: 180

                Stopping: Ctrl-C, or kill -TERM <pid> (the services get SIGTERM and are waited for, then Kafka
                stops, then PostgreSQL). A shell starts background jobs (&) with SIGINT ignored, and the JVM keeps
                it ignored: there, use kill -TERM rather than kill -INT.

                Services connect as user callqa (password callqa) to database <service> on PostgreSQL; their
                output goes to .qa-local/logs/<service>.log. Delete .qa-local/ to start from scratch.
                """;
    }
}

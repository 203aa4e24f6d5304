package io.callqa.local;

import io.callqa.local.lifecycle.Ports;

/** Chooses the free ports asked for with {@code 0}, and refuses ports something else listens on. */
final class PortCheck {

    private PortCheck() {
    }

    /** The options with every {@code 0} port replaced by a distinct free port. */
    static StackOptions resolve(StackOptions options) {
        Ports ports = new Ports();
        try {
            StackOptions resolved = options
                    .withKafkaPort(ports.resolve(options.kafkaPort()))
                    .withKafkaControllerPort(ports.resolve(options.kafkaControllerPort()))
                    .withPostgresPort(ports.resolve(options.postgresPort()));
            for (Service service : Service.values()) {
                resolved = resolved.withServicePort(service.id(), ports.resolve(options.servicePort(service)));
            }
            return resolved;
        } finally {
            ports.release();
        }
    }

    static void requireFree(StackOptions options) {
        Ports.requireFree(options.kafkaPort(), "Kafka", "--kafka-port");
        Ports.requireFree(options.kafkaControllerPort(), "the Kafka controller", "--kafka-controller-port");
        Ports.requireFree(options.postgresPort(), "PostgreSQL", "--postgres-port");
        for (Service service : options.services()) {
            Ports.requireFree(options.servicePort(service), service.id(), "--" + service.id() + "-port");
        }
    }
}

package io.callqa.local.services;

/** A service that did not come up, with the end of its log. */
public final class ServiceStartException extends RuntimeException {

    ServiceStartException(ServiceProcess process, String problem) {
        super(process.service().id() + " " + problem + "; the last lines of " + process.logFile() + ":"
                + System.lineSeparator() + process.logTail());
    }
}

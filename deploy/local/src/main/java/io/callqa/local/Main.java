package io.callqa.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import io.callqa.local.cli.CommandLine;
import io.callqa.local.cli.LaunchSettings;
import io.callqa.local.cli.Settings;
import io.callqa.local.cli.TokenCommand;
import io.callqa.local.cli.Usage;
import io.callqa.local.lifecycle.Shutdown.StopReason;

/** The launcher: {@code run} (the default) starts the stack in the foreground, {@code token} prints a token. */
public final class Main {

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // jboss-logging (smallrye) would pick log4j2, whose default writes errors to stdout; keep stdout clean
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.exit(new Main(System.out, System.err).run(args, System.getProperties(), System.getenv()));
    }

    int run(String[] args, Properties systemProperties, Map<String, String> environment) {
        Path workingDirectory = Path.of("").toAbsolutePath();
        try {
            CommandLine commandLine = CommandLine.parse(args);
            Settings settings = new Settings(commandLine.options(), systemProperties, environment);
            switch (commandLine.command()) {
                case CommandLine.HELP -> out.print(Usage.text());
                case CommandLine.TOKEN -> {
                    commandLine.requireKnownOptions(TokenCommand.names());
                    out.println(TokenCommand.run(commandLine, settings, workingDirectory));
                }
                case CommandLine.RUN -> {
                    commandLine.requireKnownOptions(LaunchSettings.names());
                    return runStack(LaunchSettings.toOptions(settings, workingDirectory));
                }
                default -> throw new IllegalArgumentException("unknown command '" + commandLine.command() + "'; see --help");
            }
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("error: " + e);
            return 1;
        }
    }

    private int runStack(StackOptions options) throws InterruptedException {
        err.println("starting the local stack with data in " + options.dataDirectory() + " ...");
        LocalStack stack = LocalStack.start(options);
        out.print(new Summary(stack).text());
        out.flush();
        stack.awaitStopped();
        StopReason reason = stack.stopReason().orElseThrow();
        if (reason.failure()) {
            err.println("the local stack stopped: " + reason.message());
            return 1;
        }
        return 0;
    }
}

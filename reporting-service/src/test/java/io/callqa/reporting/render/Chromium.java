package io.callqa.reporting.render;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A real headless Chromium for browser checks of the HTML reports: a screenshot ({@link #screenshot}) and the
 * DOM after rendering ({@link #dumpDom}). Each run gets a fresh profile directory (deleted afterwards) and is
 * killed, with its child processes, after {@link #TIMEOUT}.
 *
 * <p>Found as {@code $CHROMIUM} (a path or a command), else {@code /usr/bin/chromium}, else {@code chromium} or
 * {@code chromium-browser} on the {@code PATH}. Without one, {@link #require()} skips the test (a JUnit
 * assumption) and says how to install it.
 *
 * <p>The report endpoints need a bearer token, which Chromium's command line cannot send: {@link #fetch} gets
 * the page with the token and writes it to a file, whose {@code file:} URI is then rendered. The pages are
 * self-contained, so nothing is lost.
 *
 * <pre>{@code
 * Chromium chromium = Chromium.require();
 * URI page = Chromium.fetch(URI.create(baseUrl + "/api/v1/reports/pareto?month=2031-01&format=html"), token);
 * Screenshot shot = chromium.screenshot(page, Chromium.keep("pareto.png"));
 * String dom = chromium.dumpDom(page);
 * }</pre>
 */
public final class Chromium {

    public static final Duration TIMEOUT = Duration.ofSeconds(60);
    public static final String MISSING = "Chromium not found: install Debian's package with `apt-get install chromium`"
            + " (the CI script does) or set CHROMIUM";

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
            "--window-size=1280,2000");

    private static volatile boolean told;

    private final Path executable;

    private Chromium(Path executable) {
        this.executable = executable;
    }

    /** The Chromium to use, or the test is skipped (aborted) with {@link #MISSING}. */
    public static Chromium require() {
        Optional<Path> found = find();
        if (found.isEmpty() && !told) {
            told = true;
            System.err.println("[browser check skipped] " + MISSING);
        }
        Assumptions.assumeTrue(found.isPresent(), MISSING);
        return new Chromium(found.get());
    }

    /** {@code $CHROMIUM}, {@code /usr/bin/chromium}, or {@code chromium}/{@code chromium-browser} on the PATH. */
    public static Optional<Path> find() {
        String configured = System.getenv("CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return executable(configured.strip());
        }
        return Stream.of("/usr/bin/chromium", "chromium", "chromium-browser").map(Chromium::executable)
                .flatMap(Optional::stream).findFirst();
    }

    private static Optional<Path> executable(String name) {
        if (name.contains(File.separator)) {
            Path path = Paths.get(name);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String pathVariable = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(pathVariable.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                .map(dir -> Paths.get(dir, name)).filter(Files::isExecutable).findFirst();
    }

    /** Renders the page and saves a PNG of the window (1280 × 2000). */
    public Screenshot screenshot(URI page, Path png) {
        Run run = run("--screenshot=" + png.toAbsolutePath(), page.toString());
        if (!Files.isRegularFile(png)) {
            throw new IllegalStateException("Chromium wrote no screenshot (exit " + run.exit + "):\n" + run.errors);
        }
        return Screenshot.of(png);
    }

    /** The document as serialised after rendering ({@code --dump-dom}). */
    public String dumpDom(URI page) {
        Run run = run("--dump-dom", page.toString());
        if (run.exit != 0 || run.output.isBlank()) {
            throw new IllegalStateException("Chromium dumped no DOM (exit " + run.exit + "):\n" + run.errors);
        }
        return run.output;
    }

    /**
     * Where to keep a screenshot for people to look at: {@code target/browser-check/<name>} of the module
     * (the working directory of Surefire), created when missing.
     */
    public static Path keep(String name) throws IOException {
        Path dir = Files.createDirectories(Paths.get("target", "browser-check"));
        return dir.resolve(name);
    }

    /** Writes a page to a temporary {@code .html} file and answers its {@code file:} URI. */
    public static URI file(String html) {
        try {
            Path file = Files.createTempFile("report-", ".html");
            Files.writeString(file, html, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file.toUri();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * GETs an HTML report with a bearer token ({@code Accept: text/html}), checks it is a 200 {@code text/html},
     * and answers the {@code file:} URI of a copy to render.
     */
    public static URI fetch(URI report, String bearerToken) {
        HttpRequest request = HttpRequest.newBuilder(report).timeout(TIMEOUT).header("Accept", "text/html")
                .header("Authorization", "Bearer " + bearerToken).GET().build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() != 200 || !type.startsWith("text/html")) {
                throw new IllegalStateException(report + " answered " + response.statusCode() + " " + type + ":\n"
                        + response.body());
            }
            return file(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Run run(String... arguments) {
        Path profile = null;
        Path out = null;
        Path err = null;
        try {
            profile = Files.createTempDirectory("chromium-profile-");
            out = Files.createTempFile("chromium-", ".out");
            err = Files.createTempFile("chromium-", ".err");
            List<String> command = new ArrayList<>();
            command.add(executable.toString());
            command.addAll(FLAGS);
            command.add("--user-data-dir=" + profile);
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                kill(process);
                throw new IllegalStateException("Chromium did not finish within " + TIMEOUT.toSeconds()
                        + " s and was killed:\n" + Files.readString(err));
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            delete(profile);
            delete(out);
            delete(err);
        }
    }

    private static void kill(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    private static void delete(Path path) {
        if (path == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary file left behind
        }
    }

    private record Run(int exit, String output, String errors) {
    }
}

package dev.tariffsim.examples.cli;

import dev.tariffsim.charts.html.HtmlReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The {@code --report FILE.html}, {@code --charts DIR} and {@code --timestamp} options of every verb that makes
 * a result: paths are checked when the options are parsed (a bad one is a usage error, exit 2, before any
 * simulation), and files are written through temporary files moved into place.
 */
final class ReportOutput {
    private ReportOutput() {
    }

    /** Checks a --report path: its folder exists and is writable, and it is not a folder itself. */
    static Path reportPath(String value) {
        Path p = Path.of(value);
        Path parent = p.toAbsolutePath().getParent();
        if (Files.isDirectory(p)) {
            throw new UsageException("--report names a folder, not a file: " + value);
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UsageException("--report names a file in a folder that does not exist: " + value);
        }
        if (!Files.isWritable(parent)) {
            throw new UsageException("--report names a file in a folder that cannot be written: " + value);
        }
        return p;
    }

    /** Checks a --charts folder: it is a writable folder, or it does not exist yet and its parent does. */
    static Path chartsDir(String value) {
        Path p = Path.of(value);
        if (Files.exists(p) && !Files.isDirectory(p)) {
            throw new UsageException("--charts names a file, not a folder: " + value);
        }
        Path parent = p.toAbsolutePath().getParent();
        Path writable = Files.isDirectory(p) ? p : parent;
        if (writable == null || !Files.isDirectory(writable)) {
            throw new UsageException("--charts names a folder whose parent does not exist: " + value);
        }
        if (!Files.isWritable(writable)) {
            throw new UsageException("--charts names a folder that cannot be written: " + value);
        }
        return p;
    }

    /** Builds the report (only when asked for) and writes it and its charts. */
    static void write(Options o, PrintStream err, Supplier<HtmlReport.Builder> report) throws IOException {
        if (o.report == null && o.charts == null) {
            return;
        }
        HtmlReport.Builder builder = report.get();
        if (o.timestamp) {
            builder.timestamp(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }
        HtmlReport built = builder.build();
        if (o.report != null) {
            try {
                built.write(o.report);
            } catch (IOException e) {
                throw new UsageException("cannot write --report " + o.report + ": " + reason(e));
            }
            if (!o.quiet) {
                err.println("tariffsim: wrote " + o.report + " (" + built.charts().size() + " charts)");
            }
        }
        if (o.charts != null) {
            try {
                built.writeCharts(o.charts);
            } catch (IOException e) {
                throw new UsageException("cannot write --charts " + o.charts + ": " + reason(e));
            }
            if (!o.quiet) {
                err.println("tariffsim: wrote " + built.charts().size() + " charts (SVG and PNG) to " + o.charts);
            }
        }
    }

    /** Why a file could not be written, in words: the operating system's reason, or what kind of failure. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

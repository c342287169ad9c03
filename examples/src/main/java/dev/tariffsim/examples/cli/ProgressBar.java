package dev.tariffsim.examples.cli;

import dev.tariffsim.engine.Progress;
import dev.tariffsim.engine.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on a terminal's stderr, shown once a run has taken two seconds. */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private boolean shown;

    ProgressBar(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void onProgress(Progress p) {
        if (p.elapsedSeconds() < 2 && !shown) {
            return;
        }
        shown = true;
        int filled = (int) Math.round(p.fraction() * WIDTH);
        String left = Double.isInfinite(p.secondsLeft()) ? "?" : String.format(Locale.US, "%.0f", p.secondsLeft());
        err.printf(Locale.US, "\r[%s%s] %3.0f%%  %,d paths  %,.0f paths/s  %s s left ", "#".repeat(filled),
            " ".repeat(WIDTH - filled), 100 * p.fraction(), p.pathsDone(), p.pathsPerSecond(), left);
        err.flush();
    }

    synchronized void finish() {
        if (shown) {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
        }
    }
}

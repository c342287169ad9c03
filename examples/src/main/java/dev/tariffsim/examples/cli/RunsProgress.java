package dev.tariffsim.examples.cli;

import dev.tariffsim.engine.Progress;
import dev.tariffsim.engine.ProgressListener;

/**
 * Progress of an analysis made of several runs of equal size, shown as one bar: each run's progress is added to
 * the runs already finished (a run is finished when it reports all its paths done). When the number of runs is
 * not known in advance (a break-even search) the bar counts runs against an upper bound.
 */
final class RunsProgress implements ProgressListener {
    private final ProgressListener bar;
    private final long runs;
    private final long start = System.nanoTime();
    private long finished;
    private boolean lastComplete;
    private double lastElapsed;

    RunsProgress(ProgressListener bar, long runs) {
        this.bar = bar;
        this.runs = runs;
    }

    @Override
    public synchronized void onProgress(Progress p) {
        long planned = p.pathsPlanned() * runs;
        boolean complete = p.pathsDone() >= p.pathsPlanned();
        // a run may report completion twice (its last merge, then its end); a new run's clock starts again at 0
        if (complete && !(lastComplete && p.elapsedSeconds() >= lastElapsed)) {
            finished++;
        }
        lastComplete = complete;
        lastElapsed = p.elapsedSeconds();
        long done = Math.min(planned, complete ? finished * p.pathsPlanned() : finished * p.pathsPlanned() + p.pathsDone());
        bar.onProgress(new Progress(done, planned, (System.nanoTime() - start) / 1e9));
    }
}

package dev.tariffsim.examples.cli;

import dev.tariffsim.engine.Progress;
import dev.tariffsim.engine.ProgressListener;

/**
 * Progress of an analysis made of several runs of equal size, shown as one bar: each run's progress is added to
 * the runs already finished (a run is finished when it reports all its paths done). When the number of runs is
 * not known in advance (a break-even search) the bar counts runs against an upper bound.
 */
final class RunsProgress implements ProgressListener {
    private final ProgressBar bar;
    private final long runs;
    private final long start = System.nanoTime();
    private long finished;

    RunsProgress(ProgressBar bar, long runs) {
        this.bar = bar;
        this.runs = runs;
    }

    @Override
    public synchronized void onProgress(Progress p) {
        long planned = p.pathsPlanned() * runs;
        long done = Math.min(planned, finished * p.pathsPlanned() + p.pathsDone());
        if (p.pathsDone() >= p.pathsPlanned()) {
            finished++;
        }
        bar.onProgress(new Progress(done, planned, (System.nanoTime() - start) / 1e9));
    }

    void finish() {
        bar.finish();
    }
}

package dev.tariffsim.internal;

/** Thread helpers for the engine. Not API. */
public final class Threads {
    private Threads() {
    }

    /**
     * Starts one daemon thread per task, runs {@code inline} on the caller, and joins every thread even if the
     * caller is interrupted meanwhile: then {@code onInterrupt} runs (once per interrupt) and the caller's
     * interrupt flag is set again at the end. No thread outlives the call.
     */
    public static void runAll(String name, Runnable[] tasks, Runnable inline, Runnable onInterrupt) {
        Thread[] threads = new Thread[tasks.length];
        for (int k = 0; k < tasks.length; k++) {
            threads[k] = new Thread(tasks[k], name + "-" + k);
            threads[k].setDaemon(true);
            threads[k].start();
        }
        if (inline != null) {
            inline.run();
        }
        boolean interrupted = false;
        for (Thread t : threads) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    onInterrupt.run();
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

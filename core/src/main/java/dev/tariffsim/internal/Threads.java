package dev.tariffsim.internal;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

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
        if (joinAll(threads, onInterrupt)) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Joins every thread even if the caller is interrupted meanwhile; {@code onInterrupt} runs once per interrupt.
     *
     * @return whether the caller was interrupted (its flag is then clear: the caller decides whether to set it again)
     */
    public static boolean joinAll(Thread[] threads, Runnable onInterrupt) {
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
        return interrupted;
    }

    /**
     * Runs {@code task} once for every index in {@code [0, count)} on up to {@code threads} threads, the caller
     * included, each thread taking the next index until none is left. A failure of any index, on any thread,
     * reaches the caller once every thread is joined: the first {@code Error} or {@code RuntimeException} as it
     * was thrown (so no index is silently skipped), any other throwable wrapped in an
     * {@code IllegalStateException} with it as the cause.
     */
    public static void forEachIndex(String name, int count, int threads, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        Throwable[] failure = new Throwable[1];
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                try {
                    task.accept(i);
                } catch (Throwable t) {
                    synchronized (failure) {
                        if (failure[0] == null) {
                            failure[0] = t;
                        }
                    }
                }
            }
        };
        Runnable[] helpers = new Runnable[Math.max(0, Math.min(threads, count) - 1)];
        Arrays.fill(helpers, work);
        runAll(name, helpers, work, () -> { });
        if (failure[0] instanceof Error e) {
            throw e;
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(name + " failed: " + failure[0], failure[0]);
        }
    }
}

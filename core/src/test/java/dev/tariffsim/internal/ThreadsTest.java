package dev.tariffsim.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

final class ThreadsTest {

    /**
     * Issue 10, point 8: an {@code Error} thrown by a helper thread (not the caller) must reach the caller as the
     * same object once all threads are joined. Before the fix the drain caught only {@code RuntimeException}: the
     * helper died with the error, the caller returned normally and the failed index's result stayed null.
     */
    @Test
    void anErrorInAHelperThreadReachesTheCallerAsTheOriginal() {
        Thread caller = Thread.currentThread();
        AssertionError boom = new AssertionError("boom in a helper");
        CountDownLatch helperFailed = new CountDownLatch(1);
        Object[] results = new Object[64];
        assertThatThrownBy(() -> Threads.forEachIndex("test-worker", results.length, 2, i -> {
            if (Thread.currentThread() != caller) {
                helperFailed.countDown();
                throw boom;
            }
            try {
                // keep the caller from taking every index before the helper has thrown
                assertThat(helperFailed.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            results[i] = "done";
        })).isSameAs(boom);
        assertThat(helperFailed.getCount()).isZero();
    }

    @Test
    void aRuntimeExceptionPassesUnwrappedAndEveryOtherIndexStillRuns() {
        IllegalArgumentException bad = new IllegalArgumentException("index 5");
        AtomicIntegerArray runs = new AtomicIntegerArray(40);
        assertThatThrownBy(() -> Threads.forEachIndex("test-worker", runs.length(), 3, i -> {
            runs.incrementAndGet(i);
            if (i == 5) {
                throw bad;
            }
        })).isSameAs(bad);
        for (int i = 0; i < runs.length(); i++) {
            assertThat(runs.get(i)).as("runs of index %d", i).isEqualTo(1);
        }
    }

    @Test
    void withoutFailureEveryIndexRunsExactlyOnceWhateverTheThreadCount() {
        for (int threads : new int[] {1, 2, 7, 100}) {
            AtomicIntegerArray runs = new AtomicIntegerArray(50);
            Threads.forEachIndex("test-worker", runs.length(), threads, runs::incrementAndGet);
            for (int i = 0; i < runs.length(); i++) {
                assertThat(runs.get(i)).as("threads %d, index %d", threads, i).isEqualTo(1);
            }
        }
    }
}

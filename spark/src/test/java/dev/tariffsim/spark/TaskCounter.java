package dev.tariffsim.spark;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;

/** Counts started and failed tasks, as the driver's listener bus reports them. */
final class TaskCounter extends SparkListener {
    final AtomicInteger started = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();

    @Override
    public void onTaskStart(SparkListenerTaskStart event) {
        started.incrementAndGet();
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd event) {
        if (!event.taskInfo().successful()) {
            failed.incrementAndGet();
        }
    }
}

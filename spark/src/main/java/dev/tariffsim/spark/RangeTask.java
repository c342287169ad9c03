package dev.tariffsim.spark;

import dev.tariffsim.engine.PathRange;
import java.io.Serializable;

/**
 * One Spark task: the paths {@code range} of model {@code point} (a run has one point; a comparison is one
 * paired point; a sweep or a sensitivity analysis has many).
 *
 * @param point the index of the model among the job's sources
 * @param range the paths to simulate, aligned to the engine's batches
 */
record RangeTask(int point, PathRange range) implements Serializable {
}

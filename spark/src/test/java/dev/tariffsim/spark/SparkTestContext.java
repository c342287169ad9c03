package dev.tariffsim.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** One Spark context per test class: local[2,2] (two cores; a task may fail once and is retried), no UI. */
final class SparkTestContext {
    private SparkTestContext() {
    }

    static JavaSparkContext start() {
        SparkConf conf = new SparkConf().setMaster("local[2,2]").setAppName("tariffsim-test")
            .set("spark.ui.enabled", "false")
            .set("spark.sql.shuffle.partitions", "2")
            .set("spark.driver.host", "127.0.0.1")
            .set("spark.driver.bindAddress", "127.0.0.1");
        JavaSparkContext jsc = new JavaSparkContext(conf);
        jsc.setLogLevel("ERROR");
        return jsc;
    }
}

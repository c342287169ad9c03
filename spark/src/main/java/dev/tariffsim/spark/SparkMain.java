package dev.tariffsim.spark;

import dev.tariffsim.examples.cli.Main;
import java.io.PrintStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The command line on Spark, for {@code spark-submit}:
 * <pre>
 * spark-submit --class dev.tariffsim.spark.SparkMain tariffsim-spark.jar run scenario.json --paths 100000000 --out result.json
 * </pre>
 * The commands {@code run}, {@code compare}, {@code sweep}, {@code tornado}, {@code sensitivity},
 * {@code breakeven}, {@code stress}, {@code validate}, {@code list}, {@code parameters} and {@code help}, their
 * options, output formats and exit codes are those of the local {@code tariffsim} command
 * (0 success, 2 invalid input with one message before any task is launched, 1 a failure). The scenario file is
 * read on the driver and travels to the executors inside the tasks, so no shared file system is needed;
 * {@code --out} is written on the driver. Without a master (no {@code spark.master}) it runs on {@code local[*]}.
 */
public final class SparkMain {
    private SparkMain() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        SparkBackend backend = new SparkBackend(SparkMain::newContext);
        int code;
        try {
            code = run(args, System.out, System.err, backend);
        } finally {
            backend.close();
        }
        System.out.flush();
        System.exit(code);
    }

    /** Runs a command line on {@code backend}; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err, SparkBackend backend) {
        try {
            return new Main(out, err, false, backend).execute(args);
        } catch (ClusterRunException e) {
            err.println("tariffsim: " + e.getMessage());
            return 1;
        }
    }

    private static JavaSparkContext newContext() {
        SparkConf conf = new SparkConf().setAppName("tariffsim");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        return new JavaSparkContext(conf);
    }
}

package org.widthlab.cluster;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the tests: local mode, two task slots, and a task may fail twice before its job
 * fails ({@code local[2,3]}: local mode retries no task otherwise). Spark's log goes to
 * {@code target/spark-tests.log} (the pom's surefire settings).
 */
final class SparkTests {

    private static SparkSession session;

    private SparkTests() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = LocalMode.configure(SparkSession.builder().master("local[2,3]").appName("widthlab-tests"))
                    .config("spark.ui.showConsoleProgress", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .getOrCreate();
        }
        return session;
    }
}

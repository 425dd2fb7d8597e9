package org.widthlab.cluster;

import org.apache.spark.sql.SparkSession;

/**
 * Settings for Spark in local mode (one JVM, no cluster): the driver listens on the loopback address only and
 * serves no web UI, unless the user set these ({@code -Dspark.ui.enabled=true}).
 */
final class LocalMode {

    private LocalMode() {
    }

    static SparkSession.Builder configure(SparkSession.Builder builder) {
        setUnlessGiven(builder, "spark.ui.enabled", "false");
        setUnlessGiven(builder, "spark.driver.host", "127.0.0.1");
        setUnlessGiven(builder, "spark.driver.bindAddress", "127.0.0.1");
        return builder;
    }

    private static void setUnlessGiven(SparkSession.Builder builder, String key, String value) {
        if (System.getProperty(key) == null) {
            builder.config(key, value);
        }
    }
}

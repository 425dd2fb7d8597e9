package org.widthlab.cluster;

import java.nio.file.Path;

/**
 * Keeps Spark's logging (thousands of INFO lines) off the console when the runner starts Spark itself: Log4j 2
 * is pointed at {@code log4j2.properties} beside this class, which writes everything to one file. Under
 * spark-submit, Spark's own configuration ({@code conf/log4j2.properties}) is left in charge.
 */
final class SparkLog {

    /** The system property that names the log file in {@code log4j2.properties}. */
    static final String FILE_PROPERTY = "widthlab.spark.log";
    static final String CONFIGURATION = "org/widthlab/cluster/log4j2.properties";

    private SparkLog() {
    }

    /**
     * Sends Spark's log to a file in the temporary folder, unless spark-submit started this JVM or Log4j was
     * configured already; call before Spark is first used.
     *
     * @return the log file, or null when logging is left as it was
     */
    static String takeOver() {
        if (System.getProperty("spark.submit.deployMode") != null || System.getProperty("log4j2.configurationFile") != null) {
            return null;
        }
        String file = System.getProperty(FILE_PROPERTY,
                Path.of(System.getProperty("java.io.tmpdir"), "widthlab-spark.log").toString());
        System.setProperty(FILE_PROPERTY, file);
        System.setProperty("log4j2.configurationFile", CONFIGURATION);
        return file;
    }
}

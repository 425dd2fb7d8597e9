package org.widthlab.cluster;

import java.util.Arrays;
import java.util.Map;
import org.apache.spark.api.plugin.DriverPlugin;
import org.apache.spark.api.plugin.ExecutorPlugin;
import org.apache.spark.api.plugin.PluginContext;
import org.apache.spark.api.plugin.SparkPlugin;
import org.widthlab.linalg.MatrixKernels;

/**
 * Loads the native matrix kernel as each executor starts, before it runs a task: loaded by the first task instead,
 * it could deadlock against another thread of the executor loading a native library at the same instant
 * ({@link MatrixKernels#loadNativeKernelFirst}). {@link SparkGridRunner} adds it to {@code spark.plugins}.
 */
public final class NativeKernelPlugin implements SparkPlugin {

    @Override
    public DriverPlugin driverPlugin() {
        return null;
    }

    @Override
    public ExecutorPlugin executorPlugin() {
        return new ExecutorPlugin() {
            @Override
            public void init(PluginContext context, Map<String, String> extraConf) {
                MatrixKernels.loadNativeKernelFirst();
            }
        };
    }

    /** The value of {@code spark.plugins} with this plugin added to the {@code given} one (null: none). */
    static String addedTo(String given) {
        String name = NativeKernelPlugin.class.getName();
        if (given == null || given.isBlank()) {
            return name;
        }
        boolean listed = Arrays.stream(given.split(",")).map(String::strip).anyMatch(name::equals);
        return listed ? given : given + "," + name;
    }
}

package org.widthlab.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The runner's executors load the native kernel as they start, beside any plugin the user gave Spark. */
class NativeKernelPluginTest {

    private static final String NAME = NativeKernelPlugin.class.getName();

    @Test
    void thePluginJoinsThePluginsGiven() {
        assertEquals(NAME, NativeKernelPlugin.addedTo(null));
        assertEquals(NAME, NativeKernelPlugin.addedTo(" "));
        assertEquals("com.example.Metrics," + NAME, NativeKernelPlugin.addedTo("com.example.Metrics"));
        assertEquals("com.example.Metrics, " + NAME, NativeKernelPlugin.addedTo("com.example.Metrics, " + NAME),
                "named once");
    }

    @Test
    void itIsAnExecutorPluginOnly() {
        NativeKernelPlugin plugin = new NativeKernelPlugin();
        assertNull(plugin.driverPlugin());
        assertNotNull(plugin.executorPlugin());
    }
}

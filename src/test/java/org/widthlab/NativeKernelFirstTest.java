package org.widthlab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherSessionListener;

/** The test run loads the native kernel as it opens: its session listener is registered where JUnit finds it. */
class NativeKernelFirstTest {

    @Test
    void theSessionListenerIsRegistered() {
        assertTrue(ServiceLoader.load(LauncherSessionListener.class).stream()
                .anyMatch(provider -> provider.type() == NativeKernelFirst.class),
                "META-INF/services/org.junit.platform.launcher.LauncherSessionListener names NativeKernelFirst");
    }
}

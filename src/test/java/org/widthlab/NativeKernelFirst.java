package org.widthlab;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.widthlab.linalg.MatrixKernels;

/**
 * Loads the native matrix kernel as the test run opens, before any test starts a thread, as WidthLab's main
 * class does before anything else ({@link MatrixKernels#loadNativeKernelFirst} says why). Registered in
 * {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}.
 */
public final class NativeKernelFirst implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        MatrixKernels.loadNativeKernelFirst();
    }
}

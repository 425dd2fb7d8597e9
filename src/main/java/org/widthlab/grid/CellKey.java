package org.widthlab.grid;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;
import org.widthlab.engine.Experiment;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Parametrization;

/**
 * The content hash a cell is stored under: SHA-256 of a canonical text of everything that decides its
 * numbers — the exact exponents, activation, data set, d, B, T, η (its exact decimal), the width, the seed,
 * whether the NTK was measured — and {@link #ENGINE_VERSION}. The same settings give the same key wherever
 * they come from (a grid file, the window, a cluster). The matrix kernel is not part of it: kernels agree to
 * float32 rounding, and each stored cell records which one computed it.
 */
public final class CellKey {

    /**
     * Raise when a change to the engine changes the numbers it computes: cells stored before are then no
     * longer found, and are computed again.
     */
    public static final String ENGINE_VERSION = "widthlab-cell/2";

    private CellKey() {
    }

    /** The canonical text of a one-width, one-seed experiment (what the key hashes). */
    public static String canonicalText(Experiment cell) {
        if (cell.widths().size() != 1 || cell.seeds() != 1) {
            throw new IllegalArgumentException("a cell has one width and one seed");
        }
        Parametrization p = cell.parametrization();
        return ENGINE_VERSION
                + "\ndepth=" + p.depth()
                + "\na=" + p.a().stream().map(Exponent::toString).collect(Collectors.joining(","))
                + "\nb=" + p.b().stream().map(Exponent::toString).collect(Collectors.joining(","))
                + "\nc=" + p.c()
                + "\nactivation=" + p.activation().id()
                + "\ndata=" + cell.dataSet().id()
                + "\ninputDim=" + cell.inputDim()
                + "\nbatch=" + cell.batch()
                + "\nsteps=" + cell.steps()
                + "\nlearningRate=" + cell.learningRate()
                + "\nwidth=" + cell.widths().get(0)
                + "\nseed=" + cell.seed()
                + "\nmeasureNtk=" + cell.measureNtk()
                + "\n";
    }

    /** The key: 64 hexadecimal digits. */
    public static String of(Experiment cell) {
        return sha256(canonicalText(cell));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

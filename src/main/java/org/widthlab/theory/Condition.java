package org.widthlab.theory;

/**
 * One of the three stability conditions of TP4 Theorem 3.3, evaluated for one parametrization.
 *
 * @param number    1, 2 or 3, as numbered in theory.md §4
 * @param name      what it protects, e.g. "stable at initialization"
 * @param statement the inequalities it requires, in symbols
 * @param holds     whether the parametrization satisfies it
 * @param detail    the values, and for a failure the inequality that fails and by how much
 */
public record Condition(int number, String name, String statement, boolean holds, String detail) {
}

/**
 * 生成器 — seeded, reproducible, composable generators of test data for every Hewei domain type, and
 * the bridge that turns a generator into JUnit 5 parameterized cases with the seed in the display name.
 *
 * <p>A {@link org.hewei.governance.testkit.generate.Gen} is a function of a {@link
 * java.util.SplittableRandom}: the same seed always gives the same value, so a failing case is
 * reproduced by its seed alone ({@code gen.sample(seed)}). Generators are biased towards edge cases
 * (bounds of ranges, empty and maximal collections) and produce only valid values unless their name
 * says otherwise ({@code invalid…}).
 */
@NullMarked
package org.hewei.governance.testkit.generate;

import org.jspecify.annotations.NullMarked;

/**
 * Hewei's testkit (和为贵 governance-testkit), for the tests of applications that embed Hewei: an
 * in-memory store, the storage SPI compatibility kit, seeded generators, a sample town, AssertJ
 * assertions and a given/when/then scenario DSL.
 */
@NullMarked
package org.hewei.governance.testkit;

import org.jspecify.annotations.NullMarked;

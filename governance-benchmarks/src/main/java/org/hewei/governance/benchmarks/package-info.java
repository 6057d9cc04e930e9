/**
 * JMH benchmarks of the SDK against the alternatives its users would pick (not published).
 */
@NullMarked
package org.hewei.governance.benchmarks;

import org.jspecify.annotations.NullMarked;

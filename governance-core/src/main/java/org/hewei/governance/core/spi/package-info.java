/**
 * 存储服务接口 — what integrators implement to store Hewei's event streams, summaries and registries on their database; every method's contract is written as numbered clauses that the testkit's compatibility kit tests.
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.core.spi;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;

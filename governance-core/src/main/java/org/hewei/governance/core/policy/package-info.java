/**
 * 政策 — policies as data: escalation (升级/响应), deadlines (时限) and routing (分流) policies with id and version, printable and comparable; governance-rules compiles and evaluates them.
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.core.policy;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;

/**
 * 事件与指令 — what every command and event has in common: ids, time and the acting person.
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.core.event;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;

/**
 * 信访 — petitions (信访事项): channels, the three types of 条例 Art 29–31, matter categories, petitioners and representatives, flags, commands, events and state.
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.core.petition;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;

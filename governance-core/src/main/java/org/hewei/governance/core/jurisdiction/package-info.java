/**
 * 辖区 — the governance tree: division codes, levels of variable depth (省 … 镇/街道, 管区, 村/社区, 网格), jurisdictions, grid cells and the immutable jurisdiction tree.
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.core.jurisdiction;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;

/**
 * 组织 — units (信访办, 派出所, 警务室, 司法所, 民政, 综治中心, 村委会, departments), officials and their roles, duty shifts.
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.core.organization;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;

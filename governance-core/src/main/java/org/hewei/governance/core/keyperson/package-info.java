/**
 * 重点人员与重点场所 — the open taxonomy of key-person and key-place categories, their controls, and listing (列管), visit (走访) and delisting (撤管) records.
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.core.keyperson;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;

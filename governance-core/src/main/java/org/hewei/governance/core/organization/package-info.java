/**
 * 组织 — units (信访办, 派出所, 警务室, 司法所, 民政, 综治中心, 村委会, departments), officials and their roles,
 * duty shifts.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>{@link org.hewei.governance.core.organization.Unit} names are public and printed; a unit has an
 *       optional parent unit (a police post under its station) and is never its own parent; cycles
 *       across units are the registry's concern.
 *   <li>An {@link org.hewei.governance.core.organization.Official}'s name and phone are personal
 *       information: {@code toString} shows id, unit, roles and jurisdiction only. At least one {@link
 *       org.hewei.governance.core.organization.Role} is required.
 *   <li>A {@link org.hewei.governance.core.organization.DutyShift} is one official, one role, one day,
 *       one unit and one kind (接访, 中心坐班, 巡逻, 联合走访, 值班); rosters are built from shifts by
 *       governance-rules' schedule package.
 * </ul>
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.core.organization;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;

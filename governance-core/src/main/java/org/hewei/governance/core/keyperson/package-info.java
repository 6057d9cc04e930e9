/**
 * 重点人员与重点场所 — the open taxonomy of key-person and key-place categories, their controls, and
 * listing (列管), visit (走访) and delisting (撤管) records.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Three {@link org.hewei.governance.core.keyperson.ControlLevel control levels} (一般关注, 重点关注,
 *       严格管控); each {@link org.hewei.governance.core.keyperson.CategoryProfile} says which it allows
 *       and the visit interval of each as a {@link java.time.Period}.
 *   <li>Visit intervals are local practice, not national law: {@link
 *       org.hewei.governance.core.keyperson.KeyPersonCatalogue#defaults()} documents its defaults in a
 *       table and every profile can be overridden ({@code with}, {@code toBuilder}). Unknown codes give an
 *       {@link org.hewei.governance.core.InvalidValueException} listing the known codes.
 *   <li>{@link org.hewei.governance.core.keyperson.Sensitivity}: a person category is at least SENSITIVE
 *       (个人信息保护法 Art 28 — key-person records are sensitive by default); severe mental disorder
 *       (精神卫生法 Art 4) and community correction (社区矫正法) are SPECIALLY_PROTECTED with their own
 *       responsible roles; place categories may be ORDINARY.
 *   <li>A record is about a {@link org.hewei.governance.core.keyperson.KeySubject}: a person (by id only)
 *       or a place (a printable name plus an optional masked address). The category's subject kind must
 *       match.
 *   <li>Commands ({@link org.hewei.governance.core.keyperson.KeyPersonCommand}: ListSubject, RecordVisit,
 *       ChangeLevel, Delist) and events ({@link org.hewei.governance.core.keyperson.KeyPersonEvent}:
 *       Listed, Visited, LevelChanged, Delisted) are sealed; {@link
 *       org.hewei.governance.core.keyperson.KeyPersonRecordState} is the folded state. decide/evolve
 *       live in governance-rules.
 *   <li>{@code toString} of anything about a named person never shows the category or the control level
 *       ({@code ***}); for a place both are shown. Reasons and findings are free text and are shown only
 *       as their length. Level changes never print the levels (the command does not know the subject).
 * </ul>
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.core.keyperson;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;

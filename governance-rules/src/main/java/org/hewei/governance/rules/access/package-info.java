/**
 * 访问控制与保密 — who may see what: given a {@link org.hewei.governance.rules.access.Viewer} and a record
 * (petition, key-person record, mediation case, person), {@link
 * org.hewei.governance.rules.access.AccessControl} answers FULL, a REDACTED view, or NONE, with a reason
 * code and the article behind it ({@link org.hewei.governance.rules.access.AccessDecision}).
 *
 * <p>Decisions (each also stated on the type that implements it):
 *
 * <ul>
 *   <li><b>Order of the rules.</b> (1) every jurisdiction involved must be in the tree, otherwise {@link
 *       org.hewei.governance.core.jurisdiction.UnknownJurisdictionException} — never a guess; (2) the accused
 *       person or unit of an accusation sees NOTHING (信访工作条例 Art 30 ¶3, Art 46(5)); (3) a recused
 *       handler sees NOTHING (Art 28 ¶3): an official in the caller's recusal set, or a viewer who is
 *       a party (a petitioner, a party of the dispute, the listed person); (4) nothing outside the
 *       viewer's jurisdiction subtree (个人信息保护法 Art 6, minimum scope); (5) sensitivity and role.
 *   <li><b>The accused gets NONE</b>, not a view without the petitioner's identity: Art 30 forbids
 *       passing on "检举、揭发材料以及有关情况" — the matter itself, its dates and place already point to the
 *       accuser in a village. The accused is recognised by {@link
 *       org.hewei.governance.rules.access.Viewer#person()} (the natural person the viewer is) and by the
 *       viewer's units ({@link org.hewei.governance.rules.access.Viewer#units()}); an accused party
 *       known only by description cannot be recognised, so callers should resolve descriptions to ids.
 *   <li><b>Jurisdiction scoping</b> uses the tree's O(1) pre-order interval test: a record is in scope
 *       when one of its jurisdictions (a petition: where it arose or where it is handled; a mediation
 *       case: where the dispute arose or the venue; a key-person record: its jurisdiction; a person:
 *       the residence) lies in the subtree of the viewer's jurisdiction. A village cadre therefore sees
 *       the village's subtree, a town official the town. A person without a recorded residence cannot
 *       be scoped and is shown to nobody (NONE, {@code RESIDENCE_UNKNOWN}).
 *   <li><b>Key-person categories</b> (个人信息保护法 Art 28: being listed is 特定身份 information, sensitive):
 *       a SPECIALLY_PROTECTED category (严重精神障碍 — 精神卫生法 Art 4; 社区矫正 — 社区矫正法) reaches only
 *       the category's responsible role from the catalogue (MENTAL_HEALTH_WORKER,
 *       COMMUNITY_CORRECTION_OFFICER) plus roles a deployment adds for that category; everyone else
 *       sees NOTHING, not even that the record exists. <b>Police officers are not given these
 *       categories by default</b>: Art 28 ¶2 allows sensitive data only for a specific purpose with
 *       sufficient necessity, and general public-order work is neither; a locality with such a purpose
 *       (e.g. joint risk management of patients under 精神卫生法 Art 28) adds POLICE_OFFICER with {@link
 *       org.hewei.governance.rules.access.AccessPolicy#withCategoryRoles}. SENSITIVE categories reach
 *       police, grid and governance-centre roles of the jurisdiction, the category's responsible role
 *       and the record's responsible official (包保责任人); other roles get a redacted view without the
 *       person, category, level or responsible official. The responsible official never overrides the
 *       special protection.
 *   <li><b>Redacted views</b> hold masked forms only ({@link org.hewei.governance.core.person.Masking}:
 *       names keep the surname, ID numbers the first 6 and last 4, phones the prefix and last 4,
 *       addresses the first 6 characters, free texts only their length) or leave the field absent
 *       (petitioners, parties, mediators, the accused party, a key person's id and category). Opaque ids
 *       ({@code PersonId}, {@code PetitionId}) are not personal and stay, except a key person's id in a
 *       redacted key-person view. Every view's {@code toString} shows ids, enums, dates and counts only
 *       — never a free text, name, number or address, even in a FULL view.
 *   <li><b>Reasons</b> ({@link org.hewei.governance.rules.access.AccessReason}) are codes with an article,
 *       never personal data. DEBUG logging names the viewer's official id, the record kind, the level
 *       and the reason; for a key-person record of a person the record id is left out, because level
 *       and reason together would reveal the sensitivity class of a named person's category.
 *   <li>Which roles see petitions, mediation cases and persons in full, and the role sets per
 *       sensitivity class, are configurable ({@link org.hewei.governance.rules.access.AccessPolicy});
 *       the defaults are local practice, written on {@link
 *       org.hewei.governance.rules.access.AccessPolicy#defaults()}.
 * </ul>
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.rules.access;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;

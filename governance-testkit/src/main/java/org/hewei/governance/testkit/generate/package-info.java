/**
 * 生成器 — seeded, reproducible, composable generators of test data for every Hewei domain type, and
 * the bridge that turns a generator into JUnit 5 parameterized cases with the seed in the display name.
 *
 * <p>A {@link org.hewei.governance.testkit.generate.Gen} is a function of a {@link
 * java.util.SplittableRandom}: the same seed always gives the same value, so a failing case is
 * reproduced by its seed alone ({@code gen.sample(seed)}). Generators are biased towards edge cases
 * (bounds of ranges, empty and maximal collections) and produce only valid values unless their name
 * says otherwise ({@code invalid…}, {@link org.hewei.governance.testkit.generate.InvalidGen}).
 *
 * <h2>Entry points</h2>
 *
 * <ul>
 *   <li>{@link org.hewei.governance.testkit.generate.Generators} — the most-used ones in one place;
 *   <li>{@link org.hewei.governance.testkit.generate.JurisdictionGen} — division codes (incl. 东莞-type),
 *       nodes, trees of variable depth with 管区 and 网格, geo points, boundaries, grid cells;
 *   <li>{@link org.hewei.governance.testkit.generate.PersonGen} — citizen IDs with the right check
 *       character, phones, names (1 character … 100, compound surnames, supplementary-plane CJK),
 *       addresses, persons;
 *   <li>{@link org.hewei.governance.testkit.generate.InvalidGen} — texts the parsers must reject;
 *   <li>{@link org.hewei.governance.testkit.generate.OrganizationGen}, {@link
 *       org.hewei.governance.testkit.generate.KeyPersonGen}, {@link
 *       org.hewei.governance.testkit.generate.PetitionGen}, {@link
 *       org.hewei.governance.testkit.generate.MediationGen}, {@link
 *       org.hewei.governance.testkit.generate.OutreachGen}, {@link
 *       org.hewei.governance.testkit.generate.PolicyGen} — the domain aggregates, their states and
 *       commands;
 *   <li>{@link org.hewei.governance.testkit.generate.EventGen} — ids, actors, and days and instants at
 *       holiday edges 2022–2026 and around due dates; {@link
 *       org.hewei.governance.testkit.generate.TextGen} — free texts and labels.
 * </ul>
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li><b>Valid by construction.</b> No domain generator filters: values are built so that the
 *       builders' checks hold (sequential codes and ids, dates computed forwards, fields chosen per
 *       status). A builder that throws is a bug in the generator, and the property tests would show it.
 *   <li><b>Context as parameters.</b> Generators that place things take the tree: {@code
 *       PetitionGen.petitions(tree)} picks nodes of that tree, so referential integrity holds.
 *   <li><b>Invalid inputs by construction too.</b> Each invalid text is made invalid for a reason the
 *       class comment of {@code InvalidGen} explains (e.g. MOD 11-2 detects every single-digit change),
 *       never by asking the parser.
 *   <li><b>Ids.</b> Generated ids carry a prefix per type ({@code XF-}, {@code TJ-}, {@code P-} …);
 *       ids inside one value (petitioners, parties) are numbered so they never collide.
 * </ul>
 */
@NullMarked
package org.hewei.governance.testkit.generate;

import org.jspecify.annotations.NullMarked;

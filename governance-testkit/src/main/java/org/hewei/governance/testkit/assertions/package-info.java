/**
 * 断言 — AssertJ assertions for Hewei's domain values, with one entry point, {@link
 * org.hewei.governance.testkit.assertions.GovernanceAssertions}, that also inherits every AssertJ
 * {@code assertThat}.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Each assert class is {@code public final} and built only through the entry point (the style of
 *       OpenTelemetry's sdk-testing), so a static import of {@code GovernanceAssertions.*} is all a test needs.
 *   <li>Failure messages never contain personal information. They describe a value by its id, version,
 *       status, level and counts, and an event by its type and event id; free texts (requests, facts,
 *       agreement terms), names, citizen ids, phones, addresses, person ids and the category or level of a
 *       listed person are never printed. Every assert class installs {@link
 *       org.hewei.governance.testkit.assertions.RedactedRepresentation}, so even inherited AssertJ checks
 *       ({@code isEqualTo}, {@code isSameAs}) describe values the same way.
 *   <li>"Overdue" follows the deadline rules: the due date is the last day, inclusive (民法典 Art 201–203),
 *       so a petition is overdue on a day after its due date while it is still open.
 * </ul>
 */
@NullMarked
package org.hewei.governance.testkit.assertions;

import org.jspecify.annotations.NullMarked;

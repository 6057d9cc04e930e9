/**
 * 人员 — natural persons and their personal information (公民身份号码 per GB 11643, phone, address),
 * which never appears in toString, logs or exception messages; masking helpers.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Every piece of personal information has its own type — {@link
 *       org.hewei.governance.core.person.PersonName}, {@link org.hewei.governance.core.person.CitizenId},
 *       {@link org.hewei.governance.core.person.PhoneNumber}, {@link
 *       org.hewei.governance.core.person.Address} — whose {@code toString} is the masked form, so a
 *       value stays masked wherever it travels. The raw value is reachable only through one explicit
 *       accessor ({@code value()} / {@code text()}).
 *   <li>All masking rules live in {@link org.hewei.governance.core.person.Masking} (names keep the
 *       surname, ID numbers the first 6 and last 4, phones the prefix and last 4, addresses the first 6
 *       characters, free text only its length). Parsers mask what they reject.
 *   <li>{@code CitizenId}: 18 characters only; lower-case {@code x} becomes {@code X}; surrounding
 *       whitespace is stripped; 15-digit first-generation numbers are rejected by {@code parse} with a
 *       message saying so and can be converted explicitly with {@code fromFirstGeneration}. Birth dates
 *       from 1900-01-01; "not in the future" is the caller's check with their own clock ({@code
 *       isBornAfter(today)}), because this library never reads the clock.
 *   <li>{@code PhoneNumber}: mobile (11 digits, optional +86/0086), landline (area code of 2 digits after
 *       0 when it starts with 1 or 2, else 3; stored with a hyphen), service numbers (11x/12x, 12xxx,
 *       95xxx/96xxx) which are not personal and shown whole.
 *   <li>{@code Person.toString()} shows only the id.
 * </ul>
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.core.person;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;

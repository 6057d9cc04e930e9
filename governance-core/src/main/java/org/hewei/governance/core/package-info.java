/**
 * Hewei's domain model (和为贵 governance-core): immutable values, commands, events, policies as data,
 * and the storage SPI. Nothing here does I/O, starts threads or reads the clock.
 *
 * <p>Conventions that hold in every package below:
 *
 * <ul>
 *   <li>Every value is immutable and validated when it is built. Bad input is answered with an
 *       {@link org.hewei.governance.core.InvalidValueException} (a {@link
 *       org.hewei.governance.core.MissingValueException} for {@code null}) that names the field, the
 *       value (masked if personal) and the rule.
 *   <li>Public types are abstract with static {@code of(...)} / {@code builder()} factories; generated
 *       {@code Immutable*} classes and {@code internal} packages are not API.
 *   <li>Personal information never appears in {@code toString}, exception messages or logs.
 *   <li>Every package is {@code @NullMarked}: nothing is {@code null} unless annotated {@code @Nullable};
 *       absent values are {@link java.util.Optional}.
 * </ul>
 */
@NullMarked
package org.hewei.governance.core;

import org.jspecify.annotations.NullMarked;

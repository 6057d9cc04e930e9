/**
 * Hewei's rules (和为贵 governance-rules): pure, deterministic functions over governance-core values —
 * lifecycle (decide / evolve), deadlines and the working-day calendar, routing, escalation, access and
 * confidentiality, reports, schedules. Nothing here does I/O, starts threads or reads the clock: time
 * arrives as an {@link java.time.Instant} or {@link java.time.Clock} argument.
 */
@NullMarked
package org.hewei.governance.rules;

import org.jspecify.annotations.NullMarked;

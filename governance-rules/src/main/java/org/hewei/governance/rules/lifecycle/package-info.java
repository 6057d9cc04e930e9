/**
 * 生命周期 — the decide / evolve functions of Hewei's aggregates (petitions, mediation cases, key-person
 * records, errands) in the "decider" shape of functional event sourcing.
 *
 * <p>What every lifecycle in this package promises:
 *
 * <ul>
 *   <li>{@link org.hewei.governance.rules.lifecycle.Decider#decide decide} is a pure function of the
 *       current state and the command (its {@code issuedAt()} is "now"): it returns the events the
 *       command produces, or a typed {@link org.hewei.governance.rules.lifecycle.Rejection} naming the
 *       rule (and the article where the law sets it). A rejected command produces no event, and the
 *       state is never half-changed.
 *   <li>{@link org.hewei.governance.rules.lifecycle.Decider#evolve evolve} applies one event; folding the
 *       same events always yields the same state, and the state's version grows by one per event.
 *   <li>Event ids are derived from the command id ({@link
 *       org.hewei.governance.rules.lifecycle.Decider#eventId}), so a retried command yields events with
 *       the same ids and the store keeps them once.
 * </ul>
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.rules.lifecycle;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;

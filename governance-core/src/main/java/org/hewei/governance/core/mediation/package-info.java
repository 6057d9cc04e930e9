/**
 * 矛盾纠纷调解 — disputes found by screening (排查) or referral (警调对接, 访调对接) and mediation cases: venues, mediators, consent, sessions, outcomes and agreements.
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.core.mediation;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;

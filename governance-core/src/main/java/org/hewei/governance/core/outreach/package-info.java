/**
 * 走访与服务 — the field work that feeds everything else: joint listening visits (民意5来听), police-community talks (警民恳谈), case follow-up visits (案件回访), home visits (入户走访), situation briefings (警情通报会), grid patrols, and errands done on a resident's behalf (民生代办).
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.core.outreach;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;

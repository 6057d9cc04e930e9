package org.hewei.governance.examples.simulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hewei.governance.core.petition.PetitionEvent;

/**
 * 续跑状态 — what an earlier run left in a persistent store: the events of each petition (in stream
 * order) and the last simulated day it recorded.
 *
 * <pre>{@code
 * Resumed r = Resumed.none();   // a fresh run
 * r.lastDay();                   // Optional.empty()
 * }</pre>
 *
 * @param petitions the stored events, one list per petition stream
 * @param lastDay the day of the latest stored event (China Standard Time), when there is one
 */
record Resumed(List<List<PetitionEvent>> petitions, Optional<LocalDate> lastDay) {
  /** Nothing to resume. */
  static Resumed none() {
    return new Resumed(List.of(), Optional.empty());
  }

  boolean isEmpty() {
    return petitions.isEmpty();
  }
}

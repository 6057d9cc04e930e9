package org.hewei.governance.examples.kafka;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.hewei.governance.core.petition.PetitionState;

/**
 * 状态快照 — every petition state of one task's store, in key (petition id) order: what the escalation
 * round and the daily report read. A task's store holds exactly the petitions of the counties its
 * partition owns.
 *
 * <pre>{@code
 * List<PetitionState> states = PetitionStates.all(store);
 * }</pre>
 */
final class PetitionStates {
  private PetitionStates() {}

  /** The states of {@code store}, in key order. */
  static List<PetitionState> all(KeyValueStore<String, PetitionState> store) {
    List<PetitionState> result = new ArrayList<>();
    try (KeyValueIterator<String, PetitionState> it = store.all()) {
      while (it.hasNext()) {
        PetitionState s = it.next().value;
        if (s != null) {
          result.add(s);
        }
      }
    }
    return result;
  }
}

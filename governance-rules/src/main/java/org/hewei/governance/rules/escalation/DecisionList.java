package org.hewei.governance.rules.escalation;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The list of decisions one batch evaluation collects, grown in fixed chunks of {@value #CHUNK} so that
 * growing never copies: everything it allocates is retained by the list the engine returns (an
 * {@code ArrayList} would leave about as much garbage as its final array behind). The engine hands it out
 * wrapped unmodifiable.
 */
final class DecisionList extends AbstractList<EscalationDecision> implements RandomAccess {
  private static final int SHIFT = 8;
  private static final int CHUNK = 1 << SHIFT;

  private EscalationDecision[][] chunks = new EscalationDecision[0][];
  private int size;

  @Override
  public boolean add(EscalationDecision decision) {
    int c = size >>> SHIFT;
    if (c == chunks.length) {
      chunks = Arrays.copyOf(chunks, Math.max(4, c * 2));
    }
    if (chunks[c] == null) {
      chunks[c] = new EscalationDecision[CHUNK];
    }
    chunks[c][size & (CHUNK - 1)] = decision;
    size++;
    return true;
  }

  @Override
  public EscalationDecision get(int index) {
    Objects.checkIndex(index, size);
    return chunks[index >>> SHIFT][index & (CHUNK - 1)];
  }

  @Override
  public int size() {
    return size;
  }
}

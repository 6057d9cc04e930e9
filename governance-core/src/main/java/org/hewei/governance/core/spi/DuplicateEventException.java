package org.hewei.governance.core.spi;

import java.util.List;
import org.hewei.governance.core.event.EventId;

/**
 * 部分重复的批次 — an append whose batch mixes event ids already stored in the stream with new ones;
 * nothing was written (clause S1.6). A genuine retry resends the same batch, which is recognised as a
 * whole (S1.5); a mixed batch is a caller bug.
 *
 * <pre>{@code
 * catch (DuplicateEventException e) { e.alreadyStored(); // [evt-1] }
 * }</pre>
 */
public class DuplicateEventException extends StoreException {
  private static final long serialVersionUID = 1L;

  private final transient StreamId stream;
  private final transient List<EventId> alreadyStored;

  /** A mixed batch appended to {@code stream}; {@code alreadyStored} are the ids found stored. */
  public DuplicateEventException(StreamId stream, List<EventId> alreadyStored) {
    super(stream + ": the batch mixes already stored event ids " + alreadyStored
        + " with new ones; nothing was written (S1.6)");
    this.stream = stream;
    this.alreadyStored = List.copyOf(alreadyStored);
  }

  /** The stream. */
  public StreamId stream() {
    return stream;
  }

  /** The ids of the batch that were already stored. */
  public List<EventId> alreadyStored() {
    return alreadyStored;
  }
}

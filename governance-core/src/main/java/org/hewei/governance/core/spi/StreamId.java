package org.hewei.governance.core.spi;

import java.util.Comparator;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.keyperson.KeyPersonRecordId;
import org.hewei.governance.core.mediation.DisputeId;
import org.hewei.governance.core.mediation.MediationCaseId;
import org.hewei.governance.core.petition.PetitionId;
import org.immutables.value.Value;

/**
 * 事件流标识 — names one event stream: the aggregate type and the aggregate's id.
 *
 * <p>Stream ids order by {@link AggregateType#name()} and then by aggregate id, both compared as
 * strings by UTF-16 code unit ({@link String#compareTo}); ids are ASCII, so this equals byte order
 * (SQL: {@code COLLATE "C"}). Summary queries and their cursors use this order.
 *
 * <pre>{@code
 * StreamId s = StreamId.petition(PetitionId.of("ZXD-2022-000123"));
 * s.toString(); // "PETITION/ZXD-2022-000123"
 * }</pre>
 */
@Value.Immutable
public abstract class StreamId implements Comparable<StreamId> {
  private static final Comparator<StreamId> ORDER =
      Comparator.comparing((StreamId s) -> s.type().name()).thenComparing(StreamId::aggregateId);

  StreamId() {}

  /** The aggregate type. */
  @Value.Parameter
  public abstract AggregateType type();

  /** The aggregate's id (an identifier: 1–64 letters, digits, {@code . _ : -}). */
  @Value.Parameter
  public abstract String aggregateId();

  /** The stream of aggregate {@code aggregateId} of {@code type}. */
  public static StreamId of(AggregateType type, String aggregateId) {
    return ImmutableStreamId.of(Checks.required("type", type), Checks.id("aggregateId", aggregateId));
  }

  /** The stream of a petition. */
  public static StreamId petition(PetitionId id) {
    return of(AggregateType.PETITION, Checks.required("petitionId", id).value());
  }

  /** The stream of a dispute. */
  public static StreamId dispute(DisputeId id) {
    return of(AggregateType.DISPUTE, Checks.required("disputeId", id).value());
  }

  /** The stream of a mediation case. */
  public static StreamId mediationCase(MediationCaseId id) {
    return of(AggregateType.MEDIATION_CASE, Checks.required("mediationCaseId", id).value());
  }

  /** The stream of a key-person record. */
  public static StreamId keyPersonRecord(KeyPersonRecordId id) {
    return of(AggregateType.KEY_PERSON_RECORD, Checks.required("keyPersonRecordId", id).value());
  }

  @Value.Check
  void check() {
    Checks.id("aggregateId", aggregateId());
  }

  /** Type name, then aggregate id, as strings. */
  @Override
  public int compareTo(StreamId other) {
    return ORDER.compare(this, other);
  }

  /** {@code "PETITION/ZXD-2022-000123"}. */
  @Override
  public String toString() {
    return type().name() + "/" + aggregateId();
  }
}

package org.hewei.governance.examples.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.jspecify.annotations.Nullable;

/**
 * 按县分区 — the partitioner of every Hewei topic: the partition of a record is the murmur2 hash of its
 * key's county (the hash Kafka's default partitioner applies to key bytes) modulo the partition count.
 * One partition therefore owns whole counties, and with them every township, village and grid cell
 * below them: the decider, the escalation round and the township reports of a county all run in the
 * one stream task that owns its partition, with no repartition topic and no cross-task lookup.
 *
 * <p>Producers writing commands must partition the same way: compute {@link #partition(String, int)}
 * from the key's county and send to that partition (or wrap it in a producer {@code Partitioner}); a
 * record partitioned by the default partitioner would land in a task whose store does not know the
 * petition.
 *
 * <pre>{@code
 * CountyPartitioner.partition("370883000000", 12); // the same number every time
 * topology.addSink("events", Topics.EVENTS, keys, values, CountyPartitioner.byPetitionKey(), "decide");
 * }</pre>
 *
 * @param <K> the record key type
 * @param <V> the record value type (not read)
 */
public final class CountyPartitioner<K, V> implements StreamPartitioner<K, V> {
  private final Function<K, String> county;

  private CountyPartitioner(Function<K, String> county) {
    this.county = county;
  }

  /** Partitions records keyed by {@link PetitionKey} by its county. */
  public static <V> CountyPartitioner<PetitionKey, V> byPetitionKey() {
    return new CountyPartitioner<>(PetitionKey::county);
  }

  /** Partitions records keyed by {@code <county>/...} text (the report keys) by the part before the first {@code /}. */
  public static <V> CountyPartitioner<String, V> byCountyPrefix() {
    return new CountyPartitioner<>(k -> k.indexOf('/') < 0 ? k : k.substring(0, k.indexOf('/')));
  }

  /**
   * The partition (0..{@code partitions}-1) of every record of {@code county}.
   *
   * @throws IllegalArgumentException if {@code partitions} is less than 1
   */
  public static int partition(String county, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions: " + partitions + " must be at least 1");
    }
    return Utils.toPositive(Utils.murmur2(county.getBytes(StandardCharsets.UTF_8))) % partitions;
  }

  @Override
  public Optional<Set<Integer>> partitions(String topic, @Nullable K key, @Nullable V value, int numPartitions) {
    if (key == null) {
      return Optional.empty();
    }
    return Optional.of(Set.of(partition(county.apply(key), numPartitions)));
  }
}

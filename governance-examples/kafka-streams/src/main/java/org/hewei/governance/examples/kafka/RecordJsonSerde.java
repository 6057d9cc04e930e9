package org.hewei.governance.examples.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * 记录JSON编解码 — a Kafka {@link Serde} for a small Java record of this example (a {@link
 * RejectedCommand}, a {@link TownshipReport}) as a JSON object with one field per component, via
 * Jackson. A null value (tombstone) stays null.
 *
 * <pre>{@code
 * Serde<TownshipReport> serde = RecordJsonSerde.of(TownshipReport.class);
 * serde.serializer().serialize(Topics.REPORTS, report); // {"township":"370883103000","day":"2022-07-01",...}
 * }</pre>
 *
 * @param <T> the record type
 */
public final class RecordJsonSerde<T extends Record> implements Serde<T> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Class<T> type;

  private RecordJsonSerde(Class<T> type) {
    this.type = type;
  }

  /** The serde of {@code type}. */
  public static <T extends Record> RecordJsonSerde<T> of(Class<T> type) {
    return new RecordJsonSerde<>(type);
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> {
      if (value == null) {
        return null;
      }
      try {
        return MAPPER.writeValueAsBytes(value);
      } catch (IOException e) {
        throw new SerializationException("cannot write a " + type.getSimpleName(), e);
      }
    };
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> read(bytes);
  }

  private @Nullable T read(byte @Nullable [] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      return MAPPER.readValue(bytes, type);
    } catch (IOException e) {
      throw new SerializationException("cannot read a " + type.getSimpleName(), e);
    }
  }
}

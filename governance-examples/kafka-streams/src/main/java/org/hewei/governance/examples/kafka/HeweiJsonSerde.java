package org.hewei.governance.examples.kafka;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.hewei.governance.examples.json.HeweiJson;
import org.hewei.governance.examples.json.HeweiJsonException;
import org.jspecify.annotations.Nullable;

/**
 * 版本化JSON编解码 — a Kafka {@link Serde} of a Hewei value type (a {@code PetitionCommand}, {@code
 * PetitionEvent} or {@code PetitionState}) in the versioned JSON envelope of {@link HeweiJson}: the
 * stable type name, the version and the data; older versions are upcast on reading, so a topic or a
 * changelog written before the model evolved still loads. A null value (tombstone) stays null; a value
 * that cannot be read fails with Kafka's {@link SerializationException} (its message names the type,
 * never the data).
 *
 * <pre>{@code
 * Serde<PetitionEvent> events = HeweiJsonSerde.of(HeweiJson.standard(), PetitionEvent.class);
 * events.serializer().serialize(Topics.EVENTS, event); // {"type":"petition.PetitionEvent.Received","version":1,"data":{...}}
 * }</pre>
 *
 * @param <T> the value type
 */
public final class HeweiJsonSerde<T> implements Serde<T> {
  private final HeweiJson json;
  private final Class<T> type;

  private HeweiJsonSerde(HeweiJson json, Class<T> type) {
    this.json = json;
    this.type = type;
  }

  /** The serde of {@code type} in {@code json}'s form. */
  public static <T> HeweiJsonSerde<T> of(HeweiJson json, Class<T> type) {
    return new HeweiJsonSerde<>(json, type);
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> {
      if (value == null) {
        return null;
      }
      try {
        return json.writeBytes(value);
      } catch (HeweiJsonException e) {
        throw new SerializationException("cannot write a " + type.getSimpleName() + " to " + topic, e);
      }
    };
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> read(topic, bytes);
  }

  private @Nullable T read(String topic, byte @Nullable [] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      return json.readBytes(bytes, type);
    } catch (HeweiJsonException e) {
      throw new SerializationException("cannot read a " + type.getSimpleName() + " from " + topic, e);
    }
  }
}

package org.hewei.governance.examples.kafka;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** 引用编解码 — an in-test serde that writes an 8-byte handle to the object kept in memory. */
final class ReferenceSerde<T> implements Serde<T> {
  private final Map<Long, T> objects = new ConcurrentHashMap<>();
  private final AtomicLong next = new AtomicLong();

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> {
      long id = next.incrementAndGet();
      objects.put(id, value);
      return ByteBuffer.allocate(8).putLong(id).array();
    };
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> objects.get(ByteBuffer.wrap(bytes).getLong());
  }
}

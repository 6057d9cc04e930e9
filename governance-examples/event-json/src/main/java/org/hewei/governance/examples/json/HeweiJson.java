package org.hewei.governance.examples.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 事件 JSON 格式 — writes and reads Hewei values (every {@code PetitionEvent}, {@code PetitionCommand}
 * and the other domain events, commands and states, registry values such as {@code Person}) as
 * versioned JSON envelopes:
 *
 * <pre>{@code
 * {"type": "petition.PetitionEvent.Declined", "version": 1,
 *  "data": {"actor": {"kind": "OFFICIAL", "official": "ZXD-OFF-017", "role": "PETITION_OFFICER"},
 *           "eventId": "evt-7f3a", "occurredAt": "2022-07-26T02:00:00Z", "petitionId": "ZXD-1",
 *           "reason": "已由县法院判决"}}
 * }</pre>
 *
 * <ul>
 *   <li>{@code type} is the stable name from {@link JsonTypeNames}, never a Java class name.
 *   <li>{@code version} is the type's current version when written (1 for every standard type today);
 *       reading an older version passes the data through the registered {@link Upcaster}s first; a newer
 *       version than this software knows, or a gap in the upcaster chain, is an error.
 *   <li>{@code data} holds the attributes of the value, sorted by name: ids, codes and enums as strings,
 *       instants and dates in ISO-8601 ({@code "2022-07-25T01:30:00Z"}, {@code "2022-08-09"}), durations
 *       and periods in ISO-8601 ({@code "PT2H"}, {@code "P30D"}), personal data (names, citizen ids,
 *       phones, addresses) as plain strings, lists and sets as arrays, maps as objects, nested values
 *       as objects; an absent optional is omitted; a nested value whose declared type is an interface
 *       (a {@code Trigger}, an {@code EscalationAction}) carries its type name in {@code "@type"}.
 *   <li>Reading is strict: an unknown property fails (a sign that an upcaster is missing), and the
 *       value is rebuilt through its builder, so its validation runs.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe. Messages of {@link HeweiJsonException} never contain
 * the data (it holds personal information).
 *
 * <pre>{@code
 * HeweiJson json = HeweiJson.standard();
 * String text = json.write(event);
 * PetitionEvent back = json.read(text, PetitionEvent.class); // equals(event)
 * }</pre>
 */
public final class HeweiJson {
  /** The envelope member holding the stable type name. */
  public static final String TYPE = "type";

  /** The envelope member holding the version of the data. */
  public static final String VERSION = "version";

  /** The envelope member holding the value's attributes. */
  public static final String DATA = "data";

  private static final HeweiJson STANDARD = builder().build();

  private final ObjectMapper mapper;
  private final JsonTypeNames names;
  private final ValueCodec codec;
  private final Map<String, Map<Integer, Upcaster>> upcasters;
  private final Map<String, Integer> versions;

  private HeweiJson(JsonTypeNames names, List<Upcaster> upcasterList) {
    this.mapper = JsonMapper.builder()
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .build();
    this.names = names;
    this.codec = new ValueCodec(names);
    Map<String, Map<Integer, Upcaster>> byType = new HashMap<>();
    Map<String, Integer> current = new HashMap<>();
    for (Upcaster u : upcasterList) {
      if (names.typeOf(u.type()).isEmpty()) {
        throw new HeweiJsonException("upcaster for unknown type name " + u.type());
      }
      Map<Integer, Upcaster> chain = byType.computeIfAbsent(u.type(), t -> new HashMap<>());
      if (chain.put(u.fromVersion(), u) != null) {
        throw new HeweiJsonException("two upcasters of " + u.type() + " from version " + u.fromVersion());
      }
      current.merge(u.type(), u.fromVersion() + 1, Math::max);
    }
    this.upcasters = Map.copyOf(byType);
    this.versions = Map.copyOf(current);
  }

  /** The standard form: the {@link JsonTypeNames#standard() standard names}, every type at version 1. */
  public static HeweiJson standard() {
    return STANDARD;
  }

  /** A builder, to add upcasters and application types. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@code value} as a JSON envelope.
   *
   * @throws HeweiJsonException if its type has no registered name
   */
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(toTree(value));
    } catch (JsonProcessingException e) {
      throw new HeweiJsonException("cannot write JSON: " + e.getClass().getSimpleName());
    }
  }

  /** {@link #write} as UTF-8 bytes. */
  public byte[] writeBytes(Object value) {
    try {
      return mapper.writeValueAsBytes(toTree(value));
    } catch (JsonProcessingException e) {
      throw new HeweiJsonException("cannot write JSON: " + e.getClass().getSimpleName());
    }
  }

  /**
   * The value in the envelope {@code json}, upcast to the current version, as a {@code type}.
   *
   * @throws HeweiJsonException if the JSON is malformed, its type unknown or not a {@code type}, its
   *     version unsupported, or its data not a valid value
   */
  public <T> T read(String json, Class<T> type) {
    try {
      return fromTree(mapper.readTree(json), type);
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  /** {@link #read} from UTF-8 bytes. */
  public <T> T readBytes(byte[] json, Class<T> type) {
    try {
      return fromTree(mapper.readTree(json), type);
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  /** {@code value} as an envelope tree ({@code type}, {@code version}, {@code data}). */
  public ObjectNode toTree(Object value) {
    if (value == null) {
      throw new HeweiJsonException("cannot write a missing value");
    }
    String name = typeName(value.getClass());
    Class<?> type = names.typeOf(name).orElseThrow();
    ObjectNode envelope = JsonNodeFactory.instance.objectNode();
    envelope.put(TYPE, name);
    envelope.put(VERSION, currentVersion(name));
    envelope.set(DATA, codec.encode(value, type));
    return envelope;
  }

  /** The value in the envelope tree {@code envelope}, upcast to the current version (see {@link #read}). */
  public <T> T fromTree(JsonNode envelope, Class<T> type) {
    if (envelope == null || !envelope.isObject()) {
      throw new HeweiJsonException("expected an envelope object with type, version and data");
    }
    JsonNode nameNode = envelope.get(TYPE);
    JsonNode versionNode = envelope.get(VERSION);
    JsonNode data = envelope.get(DATA);
    if (nameNode == null || !nameNode.isTextual() || versionNode == null || !versionNode.isInt()
        || data == null || !data.isObject()) {
      throw new HeweiJsonException("expected an envelope object with type (string), version (integer) and data (object)");
    }
    String name = nameNode.textValue();
    Class<?> stored = names.typeOf(name).orElseThrow(() -> new HeweiJsonException("unknown type name " + name));
    if (!type.isAssignableFrom(stored)) {
      throw new HeweiJsonException("type " + name + " is not a " + type.getSimpleName());
    }
    ObjectNode current = upcast(name, versionNode.intValue(), ((ObjectNode) data).deepCopy());
    return type.cast(codec.decode(current, stored, "$." + DATA + "(" + name + ")"));
  }

  /**
   * The stable name of {@code type} (or of its nearest registered superclass).
   *
   * @throws HeweiJsonException if it has none
   */
  public String typeName(Class<?> type) {
    return names.nameOf(type).orElseThrow(() -> new HeweiJsonException(
        "type " + type.getName() + " has no JSON type name (register it with HeweiJson.builder().type(...))"));
  }

  /** The version written for the type called {@code typeName}: 1 plus the upcasters registered for it. */
  public int currentVersion(String typeName) {
    return versions.getOrDefault(typeName, 1);
  }

  /** The type names this instance knows. */
  public JsonTypeNames typeNames() {
    return names;
  }

  private ObjectNode upcast(String name, int version, ObjectNode data) {
    int current = currentVersion(name);
    if (version < 1 || version > current) {
      throw new HeweiJsonException(name + " version " + version + " is not supported (1.." + current + ")");
    }
    ObjectNode d = data;
    for (int v = version; v < current; v++) {
      Upcaster u = upcasters.getOrDefault(name, Map.of()).get(v);
      if (u == null) {
        throw new HeweiJsonException("no upcaster of " + name + " from version " + v);
      }
      d = u.upcast(d);
    }
    return d;
  }

  private static HeweiJsonException malformed(IOException e) {
    String where = "";
    if (e instanceof JsonProcessingException) {
      JsonLocation l = ((JsonProcessingException) e).getLocation();
      if (l != null) {
        where = " at line " + l.getLineNr() + ", column " + l.getColumnNr();
      }
    }
    return new HeweiJsonException("malformed JSON" + where); // never the source text: it holds personal data
  }

  /** {@code "HeweiJson{163 types, 2 upcasters}"}. */
  @Override
  public String toString() {
    return "HeweiJson{" + names.names().size() + " types, "
        + upcasters.values().stream().mapToInt(Map::size).sum() + " upcasters}";
  }

  /**
   * 构建器 — adds upcasters and application value types to the standard form.
   *
   * <pre>{@code
   * HeweiJson json = HeweiJson.builder()
   *     .type("app.Errand", Errand.class)
   *     .upcaster(Upcaster.of("petition.PetitionEvent.Declined", 1, d -> d))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private JsonTypeNames names = JsonTypeNames.standard();
    private final List<Upcaster> upcasters = new ArrayList<>();

    private Builder() {}

    /** Adds an upcaster (at most one per type and version). */
    public Builder upcaster(Upcaster upcaster) {
      if (upcaster == null) {
        throw new HeweiJsonException("upcaster is missing");
      }
      upcasters.add(upcaster);
      return this;
    }

    /** Registers an application's Immutables value type under a stable {@code name}. */
    public Builder type(String name, Class<?> type) {
      names = names.plus(name, type);
      return this;
    }

    /**
     * The configured instance.
     *
     * @throws HeweiJsonException on an upcaster for an unknown type or two for the same version
     */
    public HeweiJson build() {
      return new HeweiJson(names, upcasters);
    }
  }
}

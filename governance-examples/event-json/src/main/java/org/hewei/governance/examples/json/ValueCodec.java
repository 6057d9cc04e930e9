package org.hewei.governance.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.TypedId;
import org.hewei.governance.core.jurisdiction.Boundary;
import org.hewei.governance.core.jurisdiction.GeoPoint;
import org.hewei.governance.core.person.Address;
import org.hewei.governance.core.person.CitizenId;
import org.hewei.governance.core.person.PersonName;
import org.hewei.governance.core.person.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * The generic, Immutables-aware tree codec behind {@link HeweiJson}: values become JSON trees and back
 * by reflection over the generated {@code Immutable*} class of each abstract value type (its fields name
 * the attributes, the public accessors give the values, its builder's setters take them back).
 * Hand-written value types (ids, personal data, boundaries) and JDK types have explicit string forms.
 */
final class ValueCodec {
  /** The property naming the concrete type of a polymorphic nested value. */
  static final String TYPE_PROPERTY = "@type";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Type GEO_POINTS = listOf(GeoPoint.class);

  private final JsonTypeNames names;
  private final Map<Class<?>, ValueShape> shapes = new ConcurrentHashMap<>();

  ValueCodec(JsonTypeNames names) {
    this.names = names;
  }

  // ---- writing ----

  JsonNode encode(Object value, Type declared) {
    if (value instanceof String) {
      return NODES.textNode((String) value);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      return NODES.numberNode(((Number) value).doubleValue());
    }
    if (value instanceof Boolean) {
      return NODES.booleanNode((Boolean) value);
    }
    if (value instanceof Enum) {
      return NODES.textNode(((Enum<?>) value).name());
    }
    Optional<String> scalar = scalarText(value);
    if (scalar.isPresent()) {
      return NODES.textNode(scalar.get());
    }
    if (value instanceof Boundary) {
      return encode(((Boundary) value).vertices(), GEO_POINTS);
    }
    if (value instanceof Optional) {
      Optional<?> o = (Optional<?>) value;
      return o.isPresent() ? encode(o.get(), typeArgument(declared, 0)) : NODES.nullNode();
    }
    if (value instanceof Collection) {
      ArrayNode array = NODES.arrayNode();
      Type element = typeArgument(declared, 0);
      for (Object e : (Collection<?>) value) {
        array.add(encode(e, element));
      }
      return array;
    }
    if (value instanceof Map) {
      ObjectNode object = NODES.objectNode();
      Type valueType = typeArgument(declared, 1);
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        object.set(keyText(e.getKey()), encode(e.getValue(), valueType));
      }
      return object;
    }
    return encodeValue(value, rawClass(declared));
  }

  private ObjectNode encodeValue(Object value, Class<?> declared) {
    if (singleton(value.getClass()).isPresent()) {
      ObjectNode object = NODES.objectNode();
      object.put(TYPE_PROPERTY, nameOf(value.getClass()));
      return object;
    }
    ValueShape shape = shape(value.getClass());
    ObjectNode object = NODES.objectNode();
    if (shape.abstractType != declared) {
      object.put(TYPE_PROPERTY, nameOf(shape.abstractType));
    }
    for (Attribute a : shape.attributes) {
      Object v = invoke(a.accessor, value);
      if (v instanceof Optional && ((Optional<?>) v).isEmpty()) {
        continue; // absent optionals are omitted
      }
      object.set(a.name, encode(v, a.type));
    }
    return object;
  }

  private String nameOf(Class<?> type) {
    return names.nameOf(type).orElseThrow(() -> new HeweiJsonException(
        "type " + type.getName() + " has no JSON type name (register it with HeweiJson.builder().type(...))"));
  }

  private static Optional<String> scalarText(Object value) {
    if (value instanceof TypedId) {
      return Optional.of(((TypedId<?>) value).value());
    }
    if (value instanceof Instant || value instanceof LocalDate || value instanceof Duration
        || value instanceof Period) {
      return Optional.of(value.toString());
    }
    if (value instanceof Address) {
      return Optional.of(((Address) value).text());
    }
    if (value instanceof PersonName) {
      return Optional.of(((PersonName) value).value());
    }
    if (value instanceof PhoneNumber) {
      return Optional.of(((PhoneNumber) value).value());
    }
    if (value instanceof CitizenId) {
      return Optional.of(((CitizenId) value).value());
    }
    return Optional.empty();
  }

  private static String keyText(Object key) {
    if (key instanceof String) {
      return (String) key;
    }
    if (key instanceof Enum) {
      return ((Enum<?>) key).name();
    }
    return scalarText(key).orElseThrow(() -> new HeweiJsonException(
        "map keys must be strings, enums or ids, not " + key.getClass().getSimpleName()));
  }

  // ---- reading ----

  @SuppressWarnings({"unchecked", "rawtypes"})
  Object decode(JsonNode node, Type declared, String path) {
    Class<?> raw = rawClass(declared);
    if (raw == String.class) {
      return text(node, path);
    }
    if (raw == int.class || raw == Integer.class) {
      if (!node.canConvertToInt() || !node.isIntegralNumber()) {
        throw mismatch(path, "an integer");
      }
      return node.intValue();
    }
    if (raw == long.class || raw == Long.class) {
      if (!node.canConvertToLong() || !node.isIntegralNumber()) {
        throw mismatch(path, "an integer");
      }
      return node.longValue();
    }
    if (raw == double.class || raw == Double.class) {
      if (!node.isNumber()) {
        throw mismatch(path, "a number");
      }
      return node.doubleValue();
    }
    if (raw == boolean.class || raw == Boolean.class) {
      if (!node.isBoolean()) {
        throw mismatch(path, "true or false");
      }
      return node.booleanValue();
    }
    if (raw.isEnum()) {
      String name = text(node, path);
      for (Object constant : raw.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(name)) {
          return constant;
        }
      }
      throw new HeweiJsonException("unknown constant of " + raw.getSimpleName() + " at " + path);
    }
    if (TypedId.class.isAssignableFrom(raw)) {
      return parse(raw, path, node, t -> invokeStatic(staticMethod(raw, "of", String.class), t));
    }
    if (raw == Instant.class) {
      return parse(raw, path, node, Instant::parse);
    }
    if (raw == LocalDate.class) {
      return parse(raw, path, node, LocalDate::parse);
    }
    if (raw == Duration.class) {
      return parse(raw, path, node, Duration::parse);
    }
    if (raw == Period.class) {
      return parse(raw, path, node, Period::parse);
    }
    if (raw == Address.class) {
      return parse(raw, path, node, Address::of);
    }
    if (raw == PersonName.class) {
      return parse(raw, path, node, PersonName::of);
    }
    if (raw == PhoneNumber.class) {
      return parse(raw, path, node, PhoneNumber::parse);
    }
    if (raw == CitizenId.class) {
      return parse(raw, path, node, CitizenId::parse);
    }
    if (raw == Boundary.class) {
      List<GeoPoint> vertices = (List<GeoPoint>) decode(node, GEO_POINTS, path);
      return guarded(raw, path, () -> Boundary.of(vertices));
    }
    if (raw == Optional.class) {
      return node.isNull() ? Optional.empty() : Optional.of(decode(node, typeArgument(declared, 0), path));
    }
    if (Collection.class.isAssignableFrom(raw)) {
      if (!node.isArray()) {
        throw mismatch(path, "an array");
      }
      Type element = typeArgument(declared, 0);
      Collection<Object> out = SortedSet.class.isAssignableFrom(raw) ? new TreeSet<>()
          : Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
      int i = 0;
      for (JsonNode e : node) {
        out.add(decode(e, element, path + "[" + i++ + "]"));
      }
      return out;
    }
    if (Map.class.isAssignableFrom(raw)) {
      if (!node.isObject()) {
        throw mismatch(path, "an object");
      }
      Type keyType = typeArgument(declared, 0);
      Type valueType = typeArgument(declared, 1);
      Map<Object, Object> out = SortedMap.class.isAssignableFrom(raw) ? new TreeMap<>() : new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String p = path + "." + e.getKey();
        out.put(decode(NODES.textNode(e.getKey()), keyType, p), decode(e.getValue(), valueType, p));
      }
      return out;
    }
    return decodeValue(node, raw, path);
  }

  private Object decodeValue(JsonNode node, Class<?> declared, String path) {
    if (!node.isObject()) {
      throw mismatch(path, "an object");
    }
    Class<?> type = declared;
    JsonNode typeName = node.get(TYPE_PROPERTY);
    if (typeName != null) {
      String name = text(typeName, path + "." + TYPE_PROPERTY);
      type = names.typeOf(name).orElseThrow(() -> new HeweiJsonException("unknown type name " + name + " at " + path));
      if (!declared.isAssignableFrom(type)) {
        throw new HeweiJsonException("type " + name + " at " + path + " is not a " + declared.getSimpleName());
      }
    }
    Optional<Object> singleton = singleton(type);
    if (singleton.isPresent()) {
      if (node.size() != 1) {
        throw new HeweiJsonException(type.getSimpleName() + " at " + path + " has no properties");
      }
      return singleton.get();
    }
    ValueShape shape = shape(type);
    Object builder = invokeStatic(shape.builderFactory);
    Set<String> known = new LinkedHashSet<>();
    for (Attribute a : shape.attributes) {
      known.add(a.name);
      JsonNode v = node.get(a.name);
      if (v == null || v.isNull()) {
        continue; // optional, defaulted or missing (build() reports a missing required attribute)
      }
      Object decoded = decode(v, a.type, path + "." + a.name);
      guarded(shape.abstractType, path + "." + a.name, () -> invoke(a.setter, builder, decoded));
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!field.equals(TYPE_PROPERTY) && !known.contains(field)) {
        throw new HeweiJsonException("unknown property " + field + " of " + shape.abstractType.getSimpleName()
            + " at " + path + " (an upcaster may be missing)");
      }
    }
    return guarded(shape.abstractType, path, () -> invoke(shape.build, builder));
  }

  private static String text(JsonNode node, String path) {
    if (!node.isTextual()) {
      throw mismatch(path, "a string");
    }
    return node.textValue();
  }

  private static Object parse(Class<?> type, String path, JsonNode node, Function<String, Object> parser) {
    String text = text(node, path);
    return guarded(type, path, () -> parser.apply(text));
  }

  /** Runs {@code action}, turning a core validation error into a message without the data. */
  private static Object guarded(Class<?> type, String path, java.util.function.Supplier<Object> action) {
    try {
      return action.get();
    } catch (InvalidValueException e) {
      throw new HeweiJsonException("invalid " + type.getSimpleName() + " at " + path + ": " + e.getMessage(), e);
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new HeweiJsonException("invalid " + type.getSimpleName() + " at " + path);
    }
  }

  private static HeweiJsonException mismatch(String path, String expected) {
    return new HeweiJsonException("expected " + expected + " at " + path);
  }

  // ---- shapes: what reflection finds once per type ----

  /** One attribute: its JSON name, declared type, accessor on the abstract type and builder setter. */
  private static final class Attribute {
    final String name;
    final Type type;
    final Method accessor;
    final Method setter;

    Attribute(String name, Type type, Method accessor, Method setter) {
      this.name = name;
      this.type = type;
      this.accessor = accessor;
      this.setter = setter;
    }
  }

  /** The abstract value type, its attributes (sorted by name) and its generated builder. */
  private static final class ValueShape {
    final Class<?> abstractType;
    final List<Attribute> attributes;
    final Method builderFactory;
    final Method build;

    ValueShape(Class<?> abstractType, List<Attribute> attributes, Method builderFactory, Method build) {
      this.abstractType = abstractType;
      this.attributes = attributes;
      this.builderFactory = builderFactory;
      this.build = build;
    }
  }

  private ValueShape shape(Class<?> type) {
    return shapes.computeIfAbsent(type, ValueCodec::discover);
  }

  private static ValueShape discover(Class<?> type) {
    Class<?> abstractType = type;
    Optional<Class<?>> generated = generatedClass(type);
    if (generated.isEmpty()) {
      // an instance of a generated class: its abstract value type is the superclass
      for (Class<?> c = type.getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) {
        if (generatedClass(c).filter(g -> g == type).isPresent()) {
          abstractType = c;
          generated = Optional.of(type);
          break;
        }
      }
    }
    if (generated.isEmpty() || !Modifier.isAbstract(abstractType.getModifiers()) || abstractType.isInterface()) {
      throw new HeweiJsonException(type.getSimpleName() + " is not an Immutables value type"
          + (abstractType.isInterface() ? " (a polymorphic value needs its " + TYPE_PROPERTY + ")" : ""));
    }
    Class<?> impl = generated.get();
    Method factory = builderFactory(abstractType, impl);
    Class<?> builderClass = factory.getReturnType();
    Method build = method(builderClass, "build");
    List<Attribute> attributes = new ArrayList<>();
    for (Field f : impl.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
        continue;
      }
      Optional<Method> accessor = accessor(abstractType, f.getName());
      if (accessor.isEmpty()) {
        continue; // bookkeeping field of the generated class
      }
      Type attributeType = accessor.get().getGenericReturnType();
      Optional<Method> setter = setter(builderClass, f.getName(), rawClass(attributeType));
      if (setter.isEmpty()) {
        continue; // derived attribute: computed by build()
      }
      attributes.add(new Attribute(f.getName(), attributeType, accessor.get(), setter.get()));
    }
    attributes.sort((a, b) -> a.name.compareTo(b.name));
    return new ValueShape(abstractType, List.copyOf(attributes), factory, build);
  }

  /** The one instance of a stateless final value class ({@code static final X INSTANCE}), if {@code type} is one. */
  private static Optional<Object> singleton(Class<?> type) {
    if (!Modifier.isFinal(type.getModifiers()) || type.getDeclaredFields().length != 1) {
      return Optional.empty();
    }
    try {
      Field f = type.getDeclaredField("INSTANCE");
      if (!Modifier.isStatic(f.getModifiers()) || f.getType() != type) {
        return Optional.empty();
      }
      f.setAccessible(true);
      return Optional.ofNullable(f.get(null));
    } catch (NoSuchFieldException | IllegalAccessException e) {
      return Optional.empty();
    }
  }

  private static Optional<Class<?>> generatedClass(Class<?> type) {
    if (!Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), false,
          type.getClassLoader()));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  private static Optional<Method> accessor(Class<?> type, String attribute) {
    String cap = Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
    for (String name : List.of(attribute, "is" + cap, "get" + cap)) {
      try {
        Method m = type.getMethod(name);
        if (!Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class) {
          m.setAccessible(true);
          return Optional.of(m);
        }
      } catch (NoSuchMethodException e) {
        // try the next accessor form
      }
    }
    return Optional.empty();
  }

  /** The builder setter of {@code attribute} that takes the whole value (an Optional, an Iterable, a Map or the value). */
  private static Optional<Method> setter(Class<?> builder, String attribute, Class<?> raw) {
    Class<?> wanted = raw == Optional.class ? Optional.class
        : Collection.class.isAssignableFrom(raw) ? Iterable.class
        : Map.class.isAssignableFrom(raw) ? Map.class : raw;
    for (Class<?> c = builder; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(attribute) && m.getParameterCount() == 1 && !m.isBridge()
            && !Modifier.isStatic(m.getModifiers())
            && m.getParameterTypes()[0].isAssignableFrom(wanted)
            && (wanted != Object.class || m.getParameterTypes()[0] == Object.class)) {
          m.setAccessible(true);
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * How to get a builder: the type's public static {@code builder()} if it has one (its Builder extends
   * the generated one), else the generated class's {@code builder()}.
   */
  private static Method builderFactory(Class<?> abstractType, Class<?> impl) {
    try {
      Method m = abstractType.getMethod("builder");
      if (Modifier.isStatic(m.getModifiers())) {
        m.setAccessible(true);
        return m;
      }
    } catch (NoSuchMethodException e) {
      // no public builder(): use the generated one
    }
    return declared(impl, "builder");
  }

  private static Method declared(Class<?> type, String name) {
    try {
      Method m = type.getDeclaredMethod(name);
      m.setAccessible(true);
      return m;
    } catch (NoSuchMethodException e) {
      throw new HeweiJsonException(type.getSimpleName() + " has no " + name + "()");
    }
  }

  private static Method method(Class<?> type, String name) {
    try {
      Method m = type.getMethod(name);
      m.setAccessible(true);
      return m;
    } catch (NoSuchMethodException e) {
      return declared(type, name);
    }
  }

  private static Method staticMethod(Class<?> type, String name, Class<?> parameter) {
    try {
      Method m = type.getMethod(name, parameter);
      m.setAccessible(true);
      return m;
    } catch (NoSuchMethodException e) {
      throw new HeweiJsonException(type.getSimpleName() + " has no static " + name + "(String)");
    }
  }

  private static Object invokeStatic(Method m, Object... args) {
    return invokeOn(m, null, args);
  }

  private static Object invoke(Method m, Object target, Object... args) {
    return invokeOn(m, target, args);
  }

  private static Object invokeOn(Method m, @Nullable Object target, Object... args) {
    try {
      Object result = m.invoke(target, args);
      if (result == null) {
        throw new HeweiJsonException(m.getName() + "() returned nothing");
      }
      return result;
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new HeweiJsonException("calling " + m.getName() + "() failed: " + e.getClass().getSimpleName());
    } catch (IllegalAccessException e) {
      throw new HeweiJsonException("cannot call " + m.getName() + "() (run on the class path or open the package)");
    }
  }

  // ---- generic types ----

  static Class<?> rawClass(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return rawClass(((ParameterizedType) type).getRawType());
    }
    if (type instanceof WildcardType) {
      return rawClass(((WildcardType) type).getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType) {
      Type[] args = ((ParameterizedType) type).getActualTypeArguments();
      if (index < args.length) {
        return args[index];
      }
    }
    return Object.class;
  }

  private static Type listOf(Class<?> element) {
    return new ParameterizedType() {
      @Override
      public Type[] getActualTypeArguments() {
        return new Type[] {element};
      }

      @Override
      public Type getRawType() {
        return List.class;
      }

      @Override
      public @Nullable Type getOwnerType() {
        return null;
      }
    };
  }
}

package org.hewei.governance.core.spi;

import java.util.Objects;
import org.hewei.governance.core.TypedId;
import org.hewei.governance.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * 名录名称 — names one registry of a {@link RegistryStore} together with its key and value types, so
 * that {@code store.registry(name)} is typed. Typed constants for jurisdictions, officials and persons
 * are added once those value types exist; until then users declare their own.
 *
 * <pre>{@code
 * RegistryName<OfficialId, Official> OFFICIALS = RegistryName.of("officials", OfficialId.class, Official.class);
 * Registry<OfficialId, Official> officials = store.registry(OFFICIALS);
 * }</pre>
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class RegistryName<K extends TypedId<K>, V> {
  private final String name;
  private final Class<K> keyType;
  private final Class<V> valueType;

  private RegistryName(String name, Class<K> keyType, Class<V> valueType) {
    this.name = name;
    this.keyType = keyType;
    this.valueType = valueType;
  }

  /**
   * A registry called {@code name} (an identifier) of {@code valueType} values under {@code keyType} keys.
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code name} is not an identifier or a type is missing
   */
  public static <K extends TypedId<K>, V> RegistryName<K, V> of(String name, Class<K> keyType, Class<V> valueType) {
    return new RegistryName<>(
        Checks.id("registryName", name), Checks.required("keyType", keyType), Checks.required("valueType", valueType));
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** The key type. */
  public Class<K> keyType() {
    return keyType;
  }

  /** The value type. */
  public Class<V> valueType() {
    return valueType;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof RegistryName)) {
      return false;
    }
    RegistryName<?, ?> other = (RegistryName<?, ?>) o;
    return name.equals(other.name) && keyType.equals(other.keyType) && valueType.equals(other.valueType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, keyType, valueType);
  }

  /** {@code "officials<OfficialId, Official>"}. */
  @Override
  public String toString() {
    return name + "<" + keyType.getSimpleName() + ", " + valueType.getSimpleName() + ">";
  }
}

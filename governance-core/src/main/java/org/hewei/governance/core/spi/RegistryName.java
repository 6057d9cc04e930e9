package org.hewei.governance.core.spi;

import java.util.Objects;
import org.hewei.governance.core.TypedId;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.Official;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Unit;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.Person;
import org.hewei.governance.core.person.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * 名录名称 — names one registry of a {@link RegistryStore} together with its key and value types, so
 * that {@code store.registry(name)} is typed. Hewei's own registries are the constants {@link
 * #JURISDICTIONS}, {@link #UNITS}, {@link #OFFICIALS} and {@link #PERSONS}; users may declare more.
 *
 * <pre>{@code
 * Registry<OfficialId, Official> officials = store.registry(RegistryName.OFFICIALS);
 * RegistryName<ErrandId, Errand> errands = RegistryName.of("errands", ErrandId.class, Errand.class);
 * }</pre>
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class RegistryName<K extends TypedId<K>, V> {
  /** 辖区名录: the nodes of the jurisdiction tree. */
  public static final RegistryName<JurisdictionId, Jurisdiction> JURISDICTIONS =
      of("jurisdictions", JurisdictionId.class, Jurisdiction.class);

  /** 单位名录: organisational units. */
  public static final RegistryName<UnitId, Unit> UNITS = of("units", UnitId.class, Unit.class);

  /** 工作人员名录: officials and their roles. */
  public static final RegistryName<OfficialId, Official> OFFICIALS =
      of("officials", OfficialId.class, Official.class);

  /** 人员名录: natural persons with their personal information (store it as sensitive data). */
  public static final RegistryName<PersonId, Person> PERSONS = of("persons", PersonId.class, Person.class);

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

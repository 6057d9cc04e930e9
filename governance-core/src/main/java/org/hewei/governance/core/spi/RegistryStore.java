package org.hewei.governance.core.spi;

import org.hewei.governance.core.TypedId;

/**
 * 名录存储 — gives access to named {@link Registry registries}. Optional: requires
 * {@link Capability#REGISTRIES}; without it {@link #registry} throws
 * {@link UnsupportedCapabilityException} (S4, S5.2). Asking twice for the same name gives registries
 * over the same entries.
 *
 * <pre>{@code
 * Registry<JurisdictionId, Jurisdiction> tree = store.registry(RegistryName.of("jurisdictions", JurisdictionId.class, Jurisdiction.class));
 * }</pre>
 */
public interface RegistryStore extends Store {
  /** The registry called {@code name} (S4.5). */
  <K extends TypedId<K>, V> Registry<K, V> registry(RegistryName<K, V> name);
}

-- Hewei JDBC store, migration 3: registries (latest value per key, optimistic version per key).
CREATE TABLE hewei_registry_entry (
  registry  VARCHAR(64) ${C} NOT NULL,
  entry_key VARCHAR(64) ${C} NOT NULL,
  version   BIGINT NOT NULL,
  payload   VARCHAR(1000000) NOT NULL,
  CONSTRAINT hewei_registry_entry_pk PRIMARY KEY (registry, entry_key),
  CONSTRAINT hewei_registry_version_ck CHECK (version >= 1)
);

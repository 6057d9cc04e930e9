-- Hewei JDBC store, migration 1: event streams.
-- ${C} is replaced by the Migrations runner: COLLATE "C" on PostgreSQL (byte order, as StreamId orders),
-- nothing on H2 (whose default comparison already is String.compareTo order).
CREATE TABLE hewei_event (
  stream_type     VARCHAR(32) ${C} NOT NULL,
  aggregate_id    VARCHAR(64) ${C} NOT NULL,
  version         BIGINT NOT NULL,
  event_id        VARCHAR(64) ${C} NOT NULL,
  event_type      VARCHAR(128) NOT NULL,
  payload_version INTEGER NOT NULL,
  payload         VARCHAR(1000000) NOT NULL,
  recorded_at     TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
  -- optimistic concurrency: two writers of the same version of a stream cannot both commit
  CONSTRAINT hewei_event_pk PRIMARY KEY (stream_type, aggregate_id, version),
  -- idempotency: an event id is stored once per stream (S1.5, S1.8)
  CONSTRAINT hewei_event_id_uq UNIQUE (stream_type, aggregate_id, event_id),
  CONSTRAINT hewei_event_version_ck CHECK (version >= 1)
);

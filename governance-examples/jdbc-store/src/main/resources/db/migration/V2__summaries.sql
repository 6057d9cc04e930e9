-- Hewei JDBC store, migration 2: case summaries and their query indexes.
CREATE TABLE hewei_summary (
  stream_type       VARCHAR(32) ${C} NOT NULL,
  aggregate_id      VARCHAR(64) ${C} NOT NULL,
  jurisdiction      VARCHAR(64) ${C} NOT NULL,
  jurisdiction_path VARCHAR(1100) NOT NULL,   -- root..self joined with '/' (ids never contain '/')
  status            VARCHAR(64) ${C} NOT NULL,
  due_date          DATE,
  category          VARCHAR(64) ${C},
  flags             VARCHAR(4000) NOT NULL,   -- joined with ',' (ids never contain ',')
  updated_at        VARCHAR(40) NOT NULL,     -- ISO-8601 instant, exact to the nanosecond
  version           BIGINT NOT NULL,
  CONSTRAINT hewei_summary_pk PRIMARY KEY (stream_type, aggregate_id)
);
CREATE INDEX hewei_summary_status_ix ON hewei_summary (status, stream_type, aggregate_id);
CREATE INDEX hewei_summary_category_ix ON hewei_summary (category, stream_type, aggregate_id);
CREATE INDEX hewei_summary_due_ix ON hewei_summary (due_date, stream_type, aggregate_id);

-- The materialised path, one row per ancestor (root..self): "subtree of X" = rows with ancestor X,
-- read in stream order straight from the primary key.
CREATE TABLE hewei_summary_ancestor (
  ancestor     VARCHAR(64) ${C} NOT NULL,
  stream_type  VARCHAR(32) ${C} NOT NULL,
  aggregate_id VARCHAR(64) ${C} NOT NULL,
  depth        INTEGER NOT NULL,
  CONSTRAINT hewei_summary_ancestor_pk PRIMARY KEY (ancestor, stream_type, aggregate_id)
);
CREATE INDEX hewei_summary_ancestor_stream_ix ON hewei_summary_ancestor (stream_type, aggregate_id);

CREATE TABLE hewei_summary_flag (
  stream_type  VARCHAR(32) ${C} NOT NULL,
  aggregate_id VARCHAR(64) ${C} NOT NULL,
  flag         VARCHAR(64) ${C} NOT NULL,
  CONSTRAINT hewei_summary_flag_pk PRIMARY KEY (stream_type, aggregate_id, flag)
);
CREATE INDEX hewei_summary_flag_ix ON hewei_summary_flag (flag, stream_type, aggregate_id);

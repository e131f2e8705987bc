-- Areas, sources and observations: the statistics store. Runs on H2 (MODE=PostgreSQL) and PostgreSQL.
CREATE TABLE area (
  area_code       VARCHAR(9)   NOT NULL PRIMARY KEY,
  name_en         VARCHAR(200) NOT NULL,
  name_cy         VARCHAR(200) NOT NULL,
  nation          VARCHAR(10)  NOT NULL,
  area_type       VARCHAR(20)  NOT NULL,
  valid_from      INTEGER,
  valid_to        INTEGER,
  successor_codes VARCHAR(200) NOT NULL DEFAULT '',
  parent_code     VARCHAR(9)
);

CREATE TABLE area_alias (
  alias     VARCHAR(200) NOT NULL PRIMARY KEY,
  area_code VARCHAR(9)   NOT NULL REFERENCES area (area_code)
);

-- origin: 'dataset' for the shipped curated dataset, 'import' for files a user imported later.
CREATE TABLE data_source (
  source_id   VARCHAR(100)  NOT NULL PRIMARY KEY,
  title       VARCHAR(500)  NOT NULL,
  publisher   VARCHAR(200)  NOT NULL,
  licence     VARCHAR(200)  NOT NULL,
  url         VARCHAR(1000) NOT NULL,
  file_name   VARCHAR(500)  NOT NULL,
  sha256      VARCHAR(64)   NOT NULL,
  origin      VARCHAR(20)   NOT NULL,
  imported_at TIMESTAMP     NOT NULL
);

CREATE TABLE observation (
  measure_id  VARCHAR(100)     NOT NULL,
  area_code   VARCHAR(9)       NOT NULL REFERENCES area (area_code),
  period_year INTEGER          NOT NULL,
  breakdown   VARCHAR(200)     NOT NULL,
  obs_value   DOUBLE PRECISION,
  flags       VARCHAR(200)     NOT NULL,
  source_id   VARCHAR(100)     NOT NULL REFERENCES data_source (source_id),
  PRIMARY KEY (measure_id, area_code, period_year, breakdown)
);

CREATE INDEX observation_by_area ON observation (area_code, measure_id);

CREATE TABLE dataset_state (
  dataset_name VARCHAR(50) NOT NULL PRIMARY KEY,
  fingerprint  VARCHAR(64) NOT NULL,
  loaded_at    TIMESTAMP   NOT NULL
);

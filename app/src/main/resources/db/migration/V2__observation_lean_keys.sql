-- Loading the shipped dataset (about 100,000 rows) is dominated by index maintenance. The observation table keeps
-- its primary key (every query reads by measure, then area and period) but drops the foreign keys and the second
-- index: areas and sources are written by the same transaction that writes their observations, and the importers
-- resolve every area before saving, so the checks only repeated work already done.
CREATE TABLE observation_lean (
  measure_id  VARCHAR(100)     NOT NULL,
  area_code   VARCHAR(9)       NOT NULL,
  period_year INTEGER          NOT NULL,
  breakdown   VARCHAR(200)     NOT NULL,
  obs_value   DOUBLE PRECISION,
  flags       VARCHAR(200)     NOT NULL,
  source_id   VARCHAR(100)     NOT NULL,
  PRIMARY KEY (measure_id, area_code, period_year, breakdown)
);
INSERT INTO observation_lean (measure_id, area_code, period_year, breakdown, obs_value, flags, source_id)
  SELECT measure_id, area_code, period_year, breakdown, obs_value, flags, source_id FROM observation;
DROP TABLE observation;
ALTER TABLE observation_lean RENAME TO observation;

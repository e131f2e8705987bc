-- A query of one measure in one year (a rate table, a funnel, a cascade stage) read every row of the measure through
-- the primary key (measure, area, period, breakdown): 26,000 rows of children_looked_after for 153 wanted. This index
-- finds the year's totals directly.
CREATE INDEX observation_by_measure_period ON observation (measure_id, period_year, breakdown);

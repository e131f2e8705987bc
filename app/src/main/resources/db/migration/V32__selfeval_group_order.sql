-- A round's stakeholder groups keep the order of the framework (V31 had no column for it).
ALTER TABLE sv_round_group ADD COLUMN position_no INTEGER NOT NULL DEFAULT 0;

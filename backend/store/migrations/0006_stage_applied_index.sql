-- A page of one stage and one outcome sorted by the date applied (the list's
-- date column) reads this index in order and stops after the page, instead of
-- sorting every match; applications_list does the same for the default order
-- (last update). It extends applications_stage (stage_id, outcome), which it replaces.
CREATE INDEX applications_stage_applied ON applications (stage_id, outcome, date_applied);
DROP INDEX applications_stage;

-- Lists and boards read many applications but never their long text (the job
-- description can be kilobytes, spilling onto overflow pages). This index holds
-- every column they filter by (outcome, stage, date applied), sort by and show
-- on a card, so a board or a page's sort reads the index alone, not the table.
-- It starts with (outcome, stage_id), so it also replaces applications_outcome_stage.
CREATE INDEX applications_list ON applications (outcome, stage_id, updated_at, date_applied, created_at,
	deadline, follow_up, priority, company, title, tags);
DROP INDEX applications_outcome_stage;

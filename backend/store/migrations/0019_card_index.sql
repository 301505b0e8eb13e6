-- Board cards now show the location, the remote policy, the salary and the
-- date applied (migration 0005 explains the covering index): the same index
-- with those columns at its end, so a board still reads the index alone.
DROP INDEX applications_list;
CREATE INDEX applications_list ON applications (outcome, stage_id, updated_at, date_applied, created_at,
	deadline, follow_up, priority, company, title, tags, location, remote, salary_min, salary_max, salary_currency,
	salary_period);

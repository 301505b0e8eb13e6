-- Interviews added by hand in the app are calendar events with source
-- 'manual' (confirmed for their application like a calendar's interview);
-- they say how the interview takes place. '' for a calendar's events.
ALTER TABLE calendar_events ADD COLUMN kind TEXT NOT NULL DEFAULT ''
	CHECK (kind IN ('', 'phone', 'video', 'onsite', 'other'));

-- "Nudge after N days of silence" (Settings): when the app last created a
-- follow-up for an application that had no change for N days. One row per
-- application: it nudges again only after something changed since then.
CREATE TABLE nudges (
	id             INTEGER PRIMARY KEY,
	application_id INTEGER NOT NULL UNIQUE REFERENCES applications (id) ON DELETE CASCADE,
	nudged_at      TEXT NOT NULL
);

-- Calendar import: events read from .ics files and Google Calendar, what the
-- matcher said of each (interview or not, proposed applications), the user's
-- decisions, and Google sync state per calendar. OAuth tokens and the client
-- secret live in the OS keychain, never here.

-- One row per event occurrence, keyed like calendar.Event.Key():
-- source|uid|recurrence id.
CREATE TABLE calendar_events (
	key           TEXT PRIMARY KEY,
	source        TEXT NOT NULL,
	calendar_id   TEXT NOT NULL DEFAULT '',
	uid           TEXT NOT NULL,
	external_id   TEXT NOT NULL DEFAULT '',
	recurrence_id TEXT NOT NULL DEFAULT '',
	title         TEXT NOT NULL DEFAULT '',
	description   TEXT NOT NULL DEFAULT '',
	location      TEXT NOT NULL DEFAULT '',
	start_at      TEXT NOT NULL,
	end_at        TEXT NOT NULL,
	all_day       INTEGER NOT NULL DEFAULT 0,
	time_zone     TEXT NOT NULL DEFAULT '',
	meeting_url   TEXT NOT NULL DEFAULT '',
	people        TEXT NOT NULL DEFAULT '', -- JSON {"organizer":..., "attendees":[...]}
	status        TEXT NOT NULL DEFAULT '',
	updated       TEXT NOT NULL DEFAULT '', -- when the calendar last changed it
	is_interview  INTEGER NOT NULL DEFAULT 0,
	confidence    REAL NOT NULL DEFAULT 0,
	reasons       TEXT NOT NULL DEFAULT '', -- JSON array of strings
	proposals     TEXT NOT NULL DEFAULT '', -- JSON array of {applicationId, confidence, reasons}
	imported_at   TEXT NOT NULL,
	seen_at       TEXT NOT NULL             -- last import or sync that listed it
) WITHOUT ROWID;
CREATE INDEX calendar_events_start ON calendar_events (start_at);
CREATE INDEX calendar_events_interview ON calendar_events (is_interview, start_at);
CREATE INDEX calendar_events_external ON calendar_events (source, calendar_id, external_id);

-- The user's word on an event: confirmed as an interview for an application,
-- or its proposals rejected. Kept apart from the events so re-imports and
-- syncs never forget it.
CREATE TABLE calendar_decisions (
	event_key      TEXT PRIMARY KEY,
	decision       TEXT NOT NULL CHECK (decision IN ('confirmed', 'rejected')),
	application_id INTEGER REFERENCES applications (id) ON DELETE CASCADE,
	decided_at     TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX calendar_decisions_application ON calendar_decisions (application_id);

-- Google sync state per calendar.
CREATE TABLE calendar_sync (
	calendar_id TEXT PRIMARY KEY,
	sync_token  TEXT NOT NULL DEFAULT '',
	last_sync   TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

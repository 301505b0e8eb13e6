-- The tracker: stages, applications with their tags and history, notes,
-- contacts, tasks, full-text search and settings.

CREATE TABLE stages (
	id       INTEGER PRIMARY KEY,
	name     TEXT NOT NULL UNIQUE COLLATE NOCASE,
	position INTEGER NOT NULL
);

CREATE TABLE applications (
	id              INTEGER PRIMARY KEY,
	company         TEXT NOT NULL,
	company_key     TEXT NOT NULL,
	title           TEXT NOT NULL,
	title_key       TEXT NOT NULL,
	url             TEXT NOT NULL DEFAULT '',
	location        TEXT NOT NULL DEFAULT '',
	remote          TEXT NOT NULL DEFAULT '',
	salary_min      INTEGER NOT NULL DEFAULT 0,
	salary_max      INTEGER NOT NULL DEFAULT 0,
	salary_currency TEXT NOT NULL DEFAULT '',
	salary_period   TEXT NOT NULL DEFAULT '',
	source          TEXT NOT NULL DEFAULT '',
	description     TEXT NOT NULL DEFAULT '',
	date_applied    TEXT NOT NULL DEFAULT '',
	deadline        TEXT NOT NULL DEFAULT '',
	follow_up       TEXT NOT NULL DEFAULT '',
	priority        INTEGER NOT NULL DEFAULT 0,
	tags            TEXT NOT NULL DEFAULT '', -- copy of application_tags, joined by U+001F, for fast lists
	stage_id        INTEGER NOT NULL REFERENCES stages (id),
	outcome         TEXT NOT NULL DEFAULT 'open',
	created_at      TEXT NOT NULL,
	updated_at      TEXT NOT NULL
);
CREATE INDEX applications_duplicate ON applications (company_key, title_key);
CREATE INDEX applications_stage ON applications (stage_id, outcome);
CREATE INDEX applications_outcome ON applications (outcome, updated_at);
CREATE INDEX applications_outcome_stage ON applications (outcome, stage_id);
CREATE INDEX applications_updated ON applications (updated_at);
CREATE INDEX applications_applied ON applications (date_applied);
CREATE INDEX applications_company ON applications (company COLLATE NOCASE);
CREATE INDEX applications_title ON applications (title COLLATE NOCASE);
CREATE INDEX applications_deadline ON applications (deadline);
CREATE INDEX applications_follow_up ON applications (follow_up);
CREATE INDEX applications_priority ON applications (priority);

CREATE TABLE application_tags (
	application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
	tag            TEXT NOT NULL,
	PRIMARY KEY (application_id, tag)
) WITHOUT ROWID;
CREATE INDEX application_tags_tag ON application_tags (tag, application_id);

-- Every stage or outcome change, so each application has a timeline.
CREATE TABLE events (
	id             INTEGER PRIMARY KEY,
	application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
	kind           TEXT NOT NULL,
	from_value     TEXT NOT NULL DEFAULT '',
	to_value       TEXT NOT NULL DEFAULT '',
	at             TEXT NOT NULL
);
CREATE INDEX events_application ON events (application_id, at);

CREATE TABLE notes (
	id             INTEGER PRIMARY KEY,
	application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
	body           TEXT NOT NULL,
	created_at     TEXT NOT NULL,
	updated_at     TEXT NOT NULL
);
CREATE INDEX notes_application ON notes (application_id, created_at);

CREATE TABLE contacts (
	id          INTEGER PRIMARY KEY,
	name        TEXT NOT NULL,
	role        TEXT NOT NULL DEFAULT '',
	company     TEXT NOT NULL DEFAULT '',
	email       TEXT NOT NULL DEFAULT '',
	phone       TEXT NOT NULL DEFAULT '',
	profile_url TEXT NOT NULL DEFAULT '',
	notes       TEXT NOT NULL DEFAULT '',
	created_at  TEXT NOT NULL,
	updated_at  TEXT NOT NULL
);
CREATE INDEX contacts_name ON contacts (name COLLATE NOCASE);

CREATE TABLE application_contacts (
	application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
	contact_id     INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
	PRIMARY KEY (application_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX application_contacts_contact ON application_contacts (contact_id, application_id);

CREATE TABLE tasks (
	id             INTEGER PRIMARY KEY,
	application_id INTEGER REFERENCES applications (id) ON DELETE CASCADE,
	title          TEXT NOT NULL,
	due            TEXT NOT NULL DEFAULT '',
	done           INTEGER NOT NULL DEFAULT 0,
	created_at     TEXT NOT NULL,
	updated_at     TEXT NOT NULL
);
CREATE INDEX tasks_due ON tasks (done, due);
CREATE INDEX tasks_application ON tasks (application_id);

-- One row per application (rowid = application id); the store keeps it in
-- step with the application, its notes and its contacts.
CREATE VIRTUAL TABLE application_fts USING fts5 (
	company, title, description, notes, contacts,
	tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

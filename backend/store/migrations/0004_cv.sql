-- CV import and the profile: every imported CV file kept as a version (the
-- original bytes, de-duplicated by SHA-256, with the profile read from it,
-- where each value came from and the reader's warnings), the one master
-- profile the user edits, and which version was sent with an application.

CREATE TABLE cv_versions (
	id         INTEGER PRIMARY KEY,
	label      TEXT NOT NULL,
	file_name  TEXT NOT NULL,
	media_type TEXT NOT NULL,
	size       INTEGER NOT NULL,
	sha256     TEXT NOT NULL UNIQUE,         -- hex digest of data
	profile    TEXT NOT NULL,                -- JSON Resume
	fields     TEXT NOT NULL DEFAULT '[]',   -- provenance: [{path, page, x, y, confidence}]
	warnings   TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
	created_at TEXT NOT NULL,
	data       BLOB NOT NULL                 -- last, so lists never read its overflow pages
);
CREATE INDEX cv_versions_created ON cv_versions (created_at);

-- The master profile: at most one row (id 1); none means an empty profile.
CREATE TABLE profile_master (
	id         INTEGER PRIMARY KEY CHECK (id = 1),
	profile    TEXT NOT NULL, -- JSON Resume
	updated_at TEXT NOT NULL
);

-- The CV version sent with an application (at most one per application).
-- Deleting a linked version is refused unless forced, which unlinks first.
CREATE TABLE application_cv (
	application_id INTEGER PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
	cv_version_id  INTEGER NOT NULL REFERENCES cv_versions (id),
	linked_at      TEXT NOT NULL
);
CREATE INDEX application_cv_version ON application_cv (cv_version_id);

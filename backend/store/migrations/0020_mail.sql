-- Job-related e-mail the app read (files, pasted text, IMAP), kept only as
-- far as a proposal needs it: who sent it and when, its subject and thread
-- ids, what it says (kind, confidence, reasons, the facts read from it), a
-- short snippet, the application it was matched to and what the user
-- decided. The full text only when the user chose to keep it (Settings;
-- off by default). Messages read as not job-related are never stored.
-- A row stays after a dismissal, so reading the same message again (same
-- Message-ID, or the same sender, date and subject when it has none)
-- brings nothing back.
CREATE TABLE mail_messages (
	id               INTEGER PRIMARY KEY,
	message_key      TEXT NOT NULL UNIQUE, -- the Message-ID, or "sha256:..." of sender, date and subject
	message_id       TEXT NOT NULL DEFAULT '',
	in_reply_to      TEXT NOT NULL DEFAULT '',
	thread_refs      TEXT NOT NULL DEFAULT '', -- References, space-separated
	from_name        TEXT NOT NULL DEFAULT '',
	from_email       TEXT NOT NULL DEFAULT '',
	sent_at          TEXT NOT NULL,
	subject          TEXT NOT NULL DEFAULT '',
	snippet          TEXT NOT NULL DEFAULT '',
	full_text        TEXT NOT NULL DEFAULT '',
	kind             TEXT NOT NULL
		CHECK (kind IN ('confirmation', 'rejection', 'interview', 'offer', 'outreach', 'assessment')),
	confidence       REAL NOT NULL DEFAULT 0,
	reasons          TEXT NOT NULL DEFAULT '[]', -- JSON list of strings
	facts            TEXT NOT NULL DEFAULT '{}', -- JSON: company, title, requisition, platform, language, interview, slots
	application_id   INTEGER REFERENCES applications (id) ON DELETE SET NULL,
	match_confidence REAL NOT NULL DEFAULT 0,
	match_reasons    TEXT NOT NULL DEFAULT '[]', -- JSON list of strings
	status           TEXT NOT NULL DEFAULT 'proposed'
		CHECK (status IN ('proposed', 'confirmed', 'dismissed', 'auto-applied')),
	origin           TEXT NOT NULL DEFAULT '' CHECK (origin IN ('', 'file', 'paste', 'imap')),
	source           TEXT NOT NULL DEFAULT '', -- the file or folder it came from
	imported_at      TEXT NOT NULL,
	decided_at       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mail_messages_status ON mail_messages (status, sent_at);
CREATE INDEX mail_messages_application ON mail_messages (application_id);
CREATE INDEX mail_messages_message_id ON mail_messages (message_id) WHERE message_id <> '';

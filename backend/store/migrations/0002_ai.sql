-- AI assistance: model provider profiles (never their keys), generations
-- saved on an application with every edited version kept, the ledger of
-- requests sent to model servers, per-task prompt overrides and the user's
-- extra redaction terms. The default provider is the setting "ai.provider".

CREATE TABLE ai_providers (
	id             INTEGER PRIMARY KEY,
	name           TEXT NOT NULL UNIQUE COLLATE NOCASE,
	base_url       TEXT NOT NULL,
	model          TEXT NOT NULL,
	kind           TEXT NOT NULL CHECK (kind IN ('local', 'cloud')),
	api_key_env    TEXT NOT NULL DEFAULT '', -- the NAME of a variable, never a key
	structured     TEXT NOT NULL DEFAULT '', -- structured-output mode that worked last
	context_tokens INTEGER NOT NULL DEFAULT 0,
	created_at     TEXT NOT NULL,
	updated_at     TEXT NOT NULL
);

CREATE TABLE ai_generations (
	id             INTEGER PRIMARY KEY,
	application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
	task           TEXT NOT NULL,
	provider       TEXT NOT NULL DEFAULT '',
	model          TEXT NOT NULL DEFAULT '',
	format         TEXT NOT NULL DEFAULT 'markdown', -- markdown or json
	input_digest   TEXT NOT NULL DEFAULT '',
	prompt_version TEXT NOT NULL DEFAULT '',
	redacted       INTEGER NOT NULL DEFAULT 0,
	partial        INTEGER NOT NULL DEFAULT 0,  -- the reply was cut by a cancel or an error
	error          TEXT NOT NULL DEFAULT '',
	created_at     TEXT NOT NULL,
	updated_at     TEXT NOT NULL
);
CREATE INDEX ai_generations_application ON ai_generations (application_id, created_at);

-- Version 1 is what the model wrote; each edit adds the next one.
CREATE TABLE ai_generation_versions (
	generation_id INTEGER NOT NULL REFERENCES ai_generations (id) ON DELETE CASCADE,
	version       INTEGER NOT NULL,
	body          TEXT NOT NULL,
	author        TEXT NOT NULL, -- model or user
	created_at    TEXT NOT NULL,
	PRIMARY KEY (generation_id, version)
) WITHOUT ROWID;

-- One row per HTTP request to a model server: no text, no key.
CREATE TABLE ai_ledger (
	id             INTEGER PRIMARY KEY,
	at             TEXT NOT NULL,
	provider       TEXT NOT NULL DEFAULT '',
	host           TEXT NOT NULL,
	model          TEXT NOT NULL DEFAULT '',
	task           TEXT NOT NULL DEFAULT '',
	bytes_sent     INTEGER NOT NULL DEFAULT 0,
	bytes_received INTEGER NOT NULL DEFAULT 0,
	status         TEXT NOT NULL DEFAULT '',
	error          TEXT NOT NULL DEFAULT '',
	redacted       INTEGER NOT NULL DEFAULT 0,
	placeholders   TEXT NOT NULL DEFAULT '' -- names such as [NAME],[EMAIL_1], never the values
);
CREATE INDEX ai_ledger_at ON ai_ledger (at);

CREATE TABLE ai_prompt_overrides (
	task       TEXT PRIMARY KEY,
	body       TEXT NOT NULL,
	updated_at TEXT NOT NULL
);

CREATE TABLE ai_redaction_terms (
	term TEXT PRIMARY KEY COLLATE NOCASE
);

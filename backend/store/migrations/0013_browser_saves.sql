-- Applications saved by the browser extension's native host (issue 12): the
-- window announces each new one ("Saved from your browser: Title at
-- Company"). The id only grows (AUTOINCREMENT), so the window finds the
-- saves made since it last looked. imported is 1 for a row an import brought
-- in: an import never announces anything.
CREATE TABLE browser_saves (
	id             INTEGER PRIMARY KEY AUTOINCREMENT,
	application_id INTEGER NOT NULL UNIQUE REFERENCES applications (id) ON DELETE CASCADE,
	saved_at       TEXT NOT NULL,
	imported       INTEGER NOT NULL DEFAULT 0
);

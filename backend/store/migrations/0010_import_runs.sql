-- A big import commits a chunk of applications at a time, so other writers
-- (the window, the command line) are not locked out for its whole length.
-- While it runs, its row here and the id ranges it committed say what to
-- delete if it fails or the process dies: the last chunk deletes the row,
-- and Open undoes any run whose process is gone.
CREATE TABLE import_runs (
	id         INTEGER PRIMARY KEY,
	pid        INTEGER NOT NULL,
	started_at TEXT NOT NULL
);

CREATE TABLE import_undo (
	run INTEGER NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
	tbl TEXT NOT NULL CHECK (tbl IN ('stages', 'contacts', 'applications')),
	lo  INTEGER NOT NULL,
	hi  INTEGER NOT NULL
);
CREATE INDEX import_undo_run ON import_undo (run);

-- Job descriptions are stored as clean text or Markdown (issue 12). A
-- description saved earlier as page source (pasted HTML) is converted once
-- to text after this migration; its original stays here, one row per
-- converted application, and travels in the export like any other table.
-- The settings row asks the services to run that conversion (the reader
-- that turns HTML into text lives above the store); they delete it when done.
CREATE TABLE description_sources (
	application_id INTEGER PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
	source         TEXT NOT NULL,
	converted_at   TEXT NOT NULL
);

INSERT INTO settings (key, value) VALUES ('convert_html_descriptions', 'pending')
	ON CONFLICT (key) DO UPDATE SET value = excluded.value;

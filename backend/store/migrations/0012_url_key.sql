-- Duplicates are caught by link as well as by company and title (issue 12).
-- url_key is the application's link reduced by joburl.Key (no tracking
-- parameters, fragment, "www." or scheme), indexed for the lookup. The store
-- computes it on every write; for the rows already here it is computed now
-- by huntbook_url_key, the same Go function registered on the store's
-- connections (see db.go), so this file needs Huntbook's own driver.
ALTER TABLE applications ADD COLUMN url_key TEXT NOT NULL DEFAULT '';

UPDATE applications SET url_key = huntbook_url_key(url) WHERE url <> '';

CREATE INDEX applications_url_key ON applications (url_key);

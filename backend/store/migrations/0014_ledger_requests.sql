-- The request ledger records every outbound request of the app (Google
-- Calendar, job links, local model discovery), not only model servers. The
-- host alone does not say what was asked or how long it took: method and url
-- (scheme, host and path; never the query string, which may carry codes or
-- keys) and the duration in milliseconds. Older rows keep '' and 0.
ALTER TABLE ai_ledger ADD COLUMN method TEXT NOT NULL DEFAULT '';
ALTER TABLE ai_ledger ADD COLUMN url TEXT NOT NULL DEFAULT '';
ALTER TABLE ai_ledger ADD COLUMN duration_ms INTEGER NOT NULL DEFAULT 0;

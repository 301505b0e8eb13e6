-- A history entry can be an estimate: an import from a CSV file or another
-- tracker knows an application's stage and outcome but not when it got
-- there, so it records the path at the best date it has (the date applied,
-- the row's dates, or the import time) and marks those entries estimated.
-- Entries recorded as they happened keep 0.
ALTER TABLE events ADD COLUMN estimated INTEGER NOT NULL DEFAULT 0;

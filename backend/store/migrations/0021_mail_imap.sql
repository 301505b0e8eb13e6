-- The read-only IMAP client's memory, per folder of the account the user
-- set (Settings -> E-mail account): the folder's UIDVALIDITY and the highest
-- UID already read, so a later run asks the server only for newer mail, and
-- when the folder was last read. `account` names the account the state
-- belongs to (user@host:port); a state of another account is never used.
-- Local to this machine: an export leaves it out (the password stays in the
-- keychain, and UIDs mean nothing to another copy).
CREATE TABLE mail_imap_folders (
	folder       TEXT PRIMARY KEY,
	account      TEXT NOT NULL,
	uid_validity INTEGER NOT NULL CHECK (uid_validity >= 0),
	last_uid     INTEGER NOT NULL CHECK (last_uid >= 0),
	last_sync    TEXT NOT NULL -- UTC RFC 3339
);

-- What the user last confirmed about each AI provider: the address its
-- requests go to (its scheme, host and port are what is compared), the
-- environment variable its API key may come from and whether it is local or
-- cloud. A provider that differs from its confirmation, or that was never
-- confirmed (confirmed_at = ''), gets no request until the user confirms it.
ALTER TABLE ai_providers ADD COLUMN confirmed_base_url TEXT NOT NULL DEFAULT '';
ALTER TABLE ai_providers ADD COLUMN confirmed_key_env TEXT NOT NULL DEFAULT '';
ALTER TABLE ai_providers ADD COLUMN confirmed_kind TEXT NOT NULL DEFAULT '';
ALTER TABLE ai_providers ADD COLUMN confirmed_at TEXT NOT NULL DEFAULT '';

-- The providers there are now were set up by the user before this release:
-- confirmed as they are.
UPDATE ai_providers SET confirmed_base_url = base_url, confirmed_key_env = api_key_env,
	confirmed_kind = kind, confirmed_at = updated_at;

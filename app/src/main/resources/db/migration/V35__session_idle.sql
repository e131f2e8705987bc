-- Sessions end after 30 minutes unused (AccountService.SESSION_IDLE): the time of the last request is kept.
ALTER TABLE web_session ADD COLUMN last_seen_at TIMESTAMP;
UPDATE web_session SET last_seen_at = created_at;

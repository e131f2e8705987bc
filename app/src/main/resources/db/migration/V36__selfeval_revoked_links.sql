-- Self-evaluation: a coordinator can revoke an invitation link; answers already submitted through it stay.
ALTER TABLE sv_invitation ADD COLUMN revoked_at TIMESTAMP;

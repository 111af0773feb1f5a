-- Portal invitations and the ModComments type id of a stock Vtiger 8.3.

-- A stock Vtiger 8.3 numbers comments 30x… (captures 81, 103, 104, 105,
-- 142); nothing refers to the old id 31 (a comment is never commented).
UPDATE ws_entity_types SET id = 30 WHERE id = 31 AND module = 'ModComments';

-- A token either resets a password (ForgotPassword, the admin's
-- reset-password) or invites a contact to choose a first password when
-- portal access is granted (admin contact enable). Both are redeemed the
-- same way; the kind says which mail went out and keeps invitations out of
-- the hourly reset limit.
ALTER TABLE password_reset_tokens
    ADD COLUMN kind VARCHAR(12) NOT NULL DEFAULT 'reset';

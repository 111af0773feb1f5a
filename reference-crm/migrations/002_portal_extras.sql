-- Portal settings, company details, history, attachments, password resets
-- and the mail outbox (PROTOCOL.md A.3, A.8.10).

-- Vtiger keeps the home-page shortcuts and widgets as JSON in the settings row.
ALTER TABLE customerportal_settings
    ADD COLUMN shortcuts TEXT NULL,
    ADD COLUMN widgets TEXT NULL;

-- Reference-CRM option (not in Vtiger): with records_visible = 1, also show
-- the records of the organisation's member-of subsidiaries.
ALTER TABLE customerportal_fields
    ADD COLUMN include_subsidiaries TINYINT(1) NOT NULL DEFAULT 0;

-- Vtiger's vtiger_customerportal_relatedmoduleinfo: detail-page tabs as JSON
-- [{"name":"History","value":1},…].
CREATE TABLE customerportal_relatedmoduleinfo (
    module VARCHAR(50) NOT NULL PRIMARY KEY,
    relatedmodules TEXT NOT NULL
);

-- Vtiger's vtiger_organizationdetails: the company running the portal.
CREATE TABLE company_details (
    id INT NOT NULL PRIMARY KEY,
    organizationname VARCHAR(200) NOT NULL DEFAULT '',
    address VARCHAR(300) NOT NULL DEFAULT '',
    city VARCHAR(100) NOT NULL DEFAULT '',
    state VARCHAR(100) NOT NULL DEFAULT '',
    country VARCHAR(100) NOT NULL DEFAULT '',
    code VARCHAR(30) NOT NULL DEFAULT '',
    phone VARCHAR(50) NOT NULL DEFAULT '',
    fax VARCHAR(50) NOT NULL DEFAULT '',
    website VARCHAR(200) NOT NULL DEFAULT '',
    vatid VARCHAR(100) NOT NULL DEFAULT '',
    logoname VARCHAR(200) NOT NULL DEFAULT '',
    logo_type VARCHAR(100) NOT NULL DEFAULT '',
    logo_base64 MEDIUMTEXT NULL
);

INSERT INTO company_details (id) VALUES (1);

-- Vtiger's vtiger_modtracker_basic / _detail. status: 0 updated, 2 created.
-- Exactly one of user_id / contact_id says who made the change.
CREATE TABLE history_changes (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    related_type_id INT NOT NULL,
    related_id INT NOT NULL,
    user_id INT NULL,
    contact_id INT NULL,
    status TINYINT NOT NULL DEFAULT 0,
    changed_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    KEY history_related (related_type_id, related_id, changed_at),
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL,
    FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE SET NULL
);

CREATE TABLE history_details (
    change_id INT NOT NULL,
    fieldname VARCHAR(100) NOT NULL,
    prevalue TEXT NULL,
    postvalue TEXT NULL,
    PRIMARY KEY (change_id, fieldname),
    FOREIGN KEY (change_id) REFERENCES history_changes (id) ON DELETE CASCADE
);

-- Files of comments (Vtiger's vtiger_attachments), kept in the row as base64,
-- the form in which DownloadFile sends them.
CREATE TABLE attachments (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(255) NOT NULL,
    type VARCHAR(100) NOT NULL DEFAULT 'application/octet-stream',
    size INT NOT NULL DEFAULT 0,
    content_base64 LONGTEXT NOT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE comment_attachments (
    comment_id INT NOT NULL,
    attachment_id INT NOT NULL,
    PRIMARY KEY (comment_id, attachment_id),
    FOREIGN KEY (comment_id) REFERENCES comments (id) ON DELETE CASCADE,
    FOREIGN KEY (attachment_id) REFERENCES attachments (id) ON DELETE CASCADE
);

-- ForgotPassword: one-time, expiring reset links. The secret part of the
-- token is stored only as a bcrypt hash.
CREATE TABLE password_reset_tokens (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contact_id INT NOT NULL,
    secret_hash VARCHAR(255) NOT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    expires_at DATETIME NOT NULL,
    used_at DATETIME NULL,
    KEY reset_contact (contact_id, created_at),
    FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE CASCADE
);

-- Mail waiting to be sent (and kept after sending, with sent_at).
CREATE TABLE mail_outbox (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient VARCHAR(150) NOT NULL,
    subject VARCHAR(255) NOT NULL,
    body TEXT NOT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    sent_at DATETIME NULL
);

-- Logins and logouts as UpdateLoginDetails reports them (for the admin).
CREATE TABLE login_history (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contact_id INT NOT NULL,
    event VARCHAR(10) NOT NULL,
    at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    KEY login_history_contact (contact_id, at),
    FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE CASCADE
);

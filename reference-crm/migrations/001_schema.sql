-- Reference CRM schema: Vtiger's customer-portal data model (PROTOCOL.md A.3),
-- simplified. Record ids are per table; the API shows them as
-- "<ws type id>x<row id>" with the type ids of ws_entity_types.

CREATE TABLE ws_entity_types (
    id INT NOT NULL PRIMARY KEY,
    module VARCHAR(50) NOT NULL UNIQUE
);

INSERT INTO ws_entity_types (id, module) VALUES
    (3, 'Faq'), (11, 'Accounts'), (12, 'Contacts'), (14, 'Products'), (15, 'Documents'),
    (17, 'HelpDesk'), (19, 'Users'), (20, 'Groups'), (31, 'ModComments');

CREATE TABLE users (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_name VARCHAR(64) NOT NULL UNIQUE,
    first_name VARCHAR(80) NOT NULL DEFAULT '',
    last_name VARCHAR(80) NOT NULL,
    email VARCHAR(150) NOT NULL DEFAULT '',
    is_admin TINYINT(1) NOT NULL DEFAULT 0,
    status VARCHAR(16) NOT NULL DEFAULT 'Active'
);

CREATE TABLE organisations (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(200) NOT NULL UNIQUE,
    member_of INT NULL,
    phone VARCHAR(50) NOT NULL DEFAULT '',
    email VARCHAR(150) NOT NULL DEFAULT '',
    website VARCHAR(200) NOT NULL DEFAULT '',
    city VARCHAR(100) NOT NULL DEFAULT '',
    country VARCHAR(100) NOT NULL DEFAULT '',
    assigned_user_id INT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    FOREIGN KEY (member_of) REFERENCES organisations (id) ON DELETE SET NULL,
    FOREIGN KEY (assigned_user_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE contacts (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    first_name VARCHAR(80) NOT NULL DEFAULT '',
    last_name VARCHAR(80) NOT NULL,
    email VARCHAR(150) NOT NULL DEFAULT '',
    phone VARCHAR(50) NOT NULL DEFAULT '',
    title VARCHAR(100) NOT NULL DEFAULT '',
    organisation_id INT NULL,
    portal TINYINT(1) NOT NULL DEFAULT 0,
    support_start_date DATE NULL,
    support_end_date DATE NULL,
    assigned_user_id INT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    KEY contacts_email (email),
    FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE SET NULL,
    FOREIGN KEY (assigned_user_id) REFERENCES users (id) ON DELETE SET NULL
);

-- Vtiger's vtiger_portalinfo: one portal login per contact.
CREATE TABLE portal_logins (
    contact_id INT NOT NULL PRIMARY KEY,
    user_name VARCHAR(150) NOT NULL UNIQUE,
    password_hash VARCHAR(255) NOT NULL,
    cryptmode VARCHAR(20) NOT NULL DEFAULT 'CRYPT',
    isactive TINYINT(1) NOT NULL DEFAULT 1,
    login_time DATETIME NULL,
    logout_time DATETIME NULL,
    last_login_time DATETIME NULL,
    FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE CASCADE
);

CREATE TABLE products (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_no VARCHAR(30) NULL UNIQUE,
    name VARCHAR(200) NOT NULL UNIQUE,
    category VARCHAR(100) NOT NULL DEFAULT '',
    unit_price DECIMAL(12, 2) NOT NULL DEFAULT 0,
    active TINYINT(1) NOT NULL DEFAULT 1,
    description TEXT NOT NULL,
    assigned_user_id INT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    FOREIGN KEY (assigned_user_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE tickets (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket_no VARCHAR(30) NULL UNIQUE,
    title VARCHAR(255) NOT NULL,
    status VARCHAR(50) NOT NULL DEFAULT 'Open',
    priority VARCHAR(50) NOT NULL DEFAULT 'Normal',
    severity VARCHAR(50) NOT NULL DEFAULT '',
    category VARCHAR(50) NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    solution TEXT NOT NULL,
    contact_id INT NULL,
    organisation_id INT NULL,
    product_id INT NULL,
    assigned_user_id INT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    KEY tickets_contact (contact_id, modified_at),
    KEY tickets_organisation (organisation_id, modified_at),
    FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE SET NULL,
    FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE SET NULL,
    FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE SET NULL,
    FOREIGN KEY (assigned_user_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE faqs (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    category VARCHAR(100) NOT NULL DEFAULT '',
    status VARCHAR(30) NOT NULL DEFAULT 'Draft',
    product_id INT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE SET NULL
);

-- ModComments. related_type_id is the ws type id of the commented record
-- (17 ticket, 3 FAQ); exactly one of author_contact_id / author_user_id is
-- set; owner_user_id is what Vtiger shows as creator/assigned_user_id.
CREATE TABLE comments (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    related_type_id INT NOT NULL,
    related_id INT NOT NULL,
    author_contact_id INT NULL,
    author_user_id INT NULL,
    owner_user_id INT NULL,
    content TEXT NOT NULL,
    is_private TINYINT(1) NOT NULL DEFAULT 0,
    source VARCHAR(20) NOT NULL DEFAULT 'CRM',
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    KEY comments_related (related_type_id, related_id, modified_at),
    FOREIGN KEY (related_type_id) REFERENCES ws_entity_types (id),
    FOREIGN KEY (author_contact_id) REFERENCES contacts (id) ON DELETE SET NULL,
    FOREIGN KEY (author_user_id) REFERENCES users (id) ON DELETE SET NULL,
    FOREIGN KEY (owner_user_id) REFERENCES users (id) ON DELETE SET NULL
);

-- Vtiger's vtiger_customerportal_tabs: modules on/off, order, create/edit.
CREATE TABLE customerportal_tabs (
    module VARCHAR(50) NOT NULL PRIMARY KEY,
    visible TINYINT(1) NOT NULL DEFAULT 1,
    sequence INT NOT NULL DEFAULT 0,
    createrecord TINYINT(1) NOT NULL DEFAULT 0,
    editrecord TINYINT(1) NOT NULL DEFAULT 0
);

-- Vtiger's vtiger_customerportal_fields: visible fields in display order as
-- JSON {"field":1|0} (1 = editable) and the record scope (0 mine, 1 all).
CREATE TABLE customerportal_fields (
    module VARCHAR(50) NOT NULL PRIMARY KEY,
    fieldinfo TEXT NOT NULL,
    records_visible TINYINT(1) NOT NULL DEFAULT 0
);

-- Vtiger's vtiger_customerportal_settings: one row of portal-wide settings.
CREATE TABLE customerportal_settings (
    id INT NOT NULL PRIMARY KEY,
    url VARCHAR(250) NOT NULL DEFAULT '',
    default_assignee INT NULL,
    support_notification INT NOT NULL DEFAULT 0,
    announcement TEXT NULL,
    FOREIGN KEY (default_assignee) REFERENCES users (id) ON DELETE SET NULL
);

INSERT INTO customerportal_settings (id) VALUES (1);

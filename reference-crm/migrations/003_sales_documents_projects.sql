-- Documents, services, quotes, invoices, assets, projects and service
-- contracts (PROTOCOL.md A.1.8). Type ids as in the captures of a stock
-- Vtiger 8.3 (Quotes 4, Invoice 7, Services 26, Project 29, Assets 32);
-- ServiceContracts, ProjectMilestone and ProjectTask are install-dependent
-- and take the free numbers next to them.

INSERT INTO ws_entity_types (id, module) VALUES
    (4, 'Quotes'), (7, 'Invoice'), (25, 'ServiceContracts'), (26, 'Services'), (27, 'ProjectMilestone'),
    (28, 'ProjectTask'), (29, 'Project'), (32, 'Assets');

CREATE TABLE services (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service_no VARCHAR(30) NULL UNIQUE,
    name VARCHAR(200) NOT NULL UNIQUE,
    category VARCHAR(100) NOT NULL DEFAULT '',
    usage_unit VARCHAR(50) NOT NULL DEFAULT '',
    unit_price DECIMAL(12, 2) NOT NULL DEFAULT 0,
    active TINYINT(1) NOT NULL DEFAULT 1,
    description TEXT NOT NULL,
    assigned_user_id INT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    FOREIGN KEY (assigned_user_id) REFERENCES users (id) ON DELETE SET NULL
);

-- Vtiger's vtiger_notes. An internal document (location_type 'I') has its
-- file in attachments; an external one ('E') keeps a URL in filename.
CREATE TABLE documents (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_no VARCHAR(30) NULL UNIQUE,
    title VARCHAR(255) NOT NULL,
    filename VARCHAR(255) NOT NULL DEFAULT '',
    filetype VARCHAR(100) NOT NULL DEFAULT '',
    filesize INT NOT NULL DEFAULT 0,
    location_type CHAR(1) NOT NULL DEFAULT 'I',
    active TINYINT(1) NOT NULL DEFAULT 1,
    download_count INT NOT NULL DEFAULT 0,
    note TEXT NOT NULL,
    attachment_id INT NULL,
    assigned_user_id INT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    FOREIGN KEY (attachment_id) REFERENCES attachments (id) ON DELETE SET NULL,
    FOREIGN KEY (assigned_user_id) REFERENCES users (id) ON DELETE SET NULL
);

-- Vtiger's vtiger_senotesrel: a document linked to a contact (12), an
-- organisation (11), a case (17) or a project (29).
CREATE TABLE document_links (
    document_id INT NOT NULL,
    related_type_id INT NOT NULL,
    related_id INT NOT NULL,
    PRIMARY KEY (document_id, related_type_id, related_id),
    KEY document_links_related (related_type_id, related_id),
    FOREIGN KEY (document_id) REFERENCES documents (id) ON DELETE CASCADE,
    FOREIGN KEY (related_type_id) REFERENCES ws_entity_types (id)
);

CREATE TABLE quotes (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    quote_no VARCHAR(30) NULL UNIQUE,
    subject VARCHAR(255) NOT NULL,
    stage VARCHAR(50) NOT NULL DEFAULT 'Created',
    valid_till DATE NULL,
    contact_id INT NULL,
    organisation_id INT NULL,
    bill_street VARCHAR(250) NOT NULL DEFAULT '',
    ship_street VARCHAR(250) NOT NULL DEFAULT '',
    subtotal DECIMAL(14, 2) NOT NULL DEFAULT 0,
    discount_amount DECIMAL(14, 2) NOT NULL DEFAULT 0,
    pre_tax_total DECIMAL(14, 2) NOT NULL DEFAULT 0,
    tax_amount DECIMAL(14, 2) NOT NULL DEFAULT 0,
    grand_total DECIMAL(14, 2) NOT NULL DEFAULT 0,
    terms TEXT NOT NULL,
    assigned_user_id INT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    KEY quotes_contact (contact_id),
    KEY quotes_organisation (organisation_id),
    FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE SET NULL,
    FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE SET NULL,
    FOREIGN KEY (assigned_user_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE invoices (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    invoice_no VARCHAR(30) NULL UNIQUE,
    subject VARCHAR(255) NOT NULL,
    status VARCHAR(50) NOT NULL DEFAULT 'Created',
    invoice_date DATE NULL,
    due_date DATE NULL,
    contact_id INT NULL,
    organisation_id INT NULL,
    bill_street VARCHAR(250) NOT NULL DEFAULT '',
    ship_street VARCHAR(250) NOT NULL DEFAULT '',
    subtotal DECIMAL(14, 2) NOT NULL DEFAULT 0,
    discount_amount DECIMAL(14, 2) NOT NULL DEFAULT 0,
    pre_tax_total DECIMAL(14, 2) NOT NULL DEFAULT 0,
    tax_amount DECIMAL(14, 2) NOT NULL DEFAULT 0,
    grand_total DECIMAL(14, 2) NOT NULL DEFAULT 0,
    received DECIMAL(14, 2) NOT NULL DEFAULT 0,
    balance DECIMAL(14, 2) NOT NULL DEFAULT 0,
    terms TEXT NOT NULL,
    assigned_user_id INT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    KEY invoices_contact (contact_id),
    KEY invoices_organisation (organisation_id),
    FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE SET NULL,
    FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE SET NULL,
    FOREIGN KEY (assigned_user_id) REFERENCES users (id) ON DELETE SET NULL
);

-- Vtiger's vtiger_inventoryproductrel: lines of a quote (4) or invoice (7)
-- naming a product (14) or service (26). net_total = quantity × list_price
-- − discount, before tax; the tax is tax_percent of net_total.
CREATE TABLE line_items (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    related_type_id INT NOT NULL,
    related_id INT NOT NULL,
    sequence INT NOT NULL,
    item_type_id INT NOT NULL,
    item_id INT NOT NULL,
    quantity DECIMAL(12, 3) NOT NULL DEFAULT 1,
    list_price DECIMAL(14, 2) NOT NULL DEFAULT 0,
    discount_percent DECIMAL(5, 2) NOT NULL DEFAULT 0,
    discount_amount DECIMAL(14, 2) NOT NULL DEFAULT 0,
    tax_percent DECIMAL(5, 2) NOT NULL DEFAULT 0,
    net_total DECIMAL(14, 2) NOT NULL DEFAULT 0,
    comment VARCHAR(250) NOT NULL DEFAULT '',
    UNIQUE KEY line_items_position (related_type_id, related_id, sequence),
    KEY line_items_item (item_type_id, item_id)
);

CREATE TABLE assets (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    asset_no VARCHAR(30) NULL UNIQUE,
    name VARCHAR(255) NOT NULL,
    serial_number VARCHAR(100) NOT NULL UNIQUE,
    product_id INT NULL,
    status VARCHAR(50) NOT NULL DEFAULT 'In Service',
    date_sold DATE NULL,
    date_in_service DATE NULL,
    contact_id INT NULL,
    organisation_id INT NULL,
    description TEXT NOT NULL,
    assigned_user_id INT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE SET NULL,
    FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE SET NULL,
    FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE SET NULL,
    FOREIGN KEY (assigned_user_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE projects (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_no VARCHAR(30) NULL UNIQUE,
    name VARCHAR(255) NOT NULL,
    status VARCHAR(50) NOT NULL DEFAULT 'initiated',
    start_date DATE NULL,
    target_end_date DATE NULL,
    progress VARCHAR(10) NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    contact_id INT NULL,
    organisation_id INT NULL,
    assigned_user_id INT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE SET NULL,
    FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE SET NULL,
    FOREIGN KEY (assigned_user_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE project_tasks (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_no VARCHAR(30) NULL UNIQUE,
    project_id INT NOT NULL,
    name VARCHAR(255) NOT NULL,
    status VARCHAR(50) NOT NULL DEFAULT 'Open',
    priority VARCHAR(50) NOT NULL DEFAULT 'normal',
    progress VARCHAR(10) NOT NULL DEFAULT '',
    start_date DATE NULL,
    end_date DATE NULL,
    description TEXT NOT NULL,
    assigned_user_id INT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE KEY project_tasks_name (project_id, name),
    FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    FOREIGN KEY (assigned_user_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE project_milestones (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    milestone_no VARCHAR(30) NULL UNIQUE,
    project_id INT NOT NULL,
    name VARCHAR(255) NOT NULL,
    milestone_date DATE NULL,
    type VARCHAR(50) NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    assigned_user_id INT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE KEY project_milestones_name (project_id, name),
    FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    FOREIGN KEY (assigned_user_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE service_contracts (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contract_no VARCHAR(30) NULL UNIQUE,
    subject VARCHAR(255) NOT NULL,
    status VARCHAR(50) NOT NULL DEFAULT 'Active',
    start_date DATE NULL,
    due_date DATE NULL,
    tracking_unit VARCHAR(50) NOT NULL DEFAULT 'Hours',
    total_units DECIMAL(8, 2) NOT NULL DEFAULT 0,
    used_units DECIMAL(8, 2) NOT NULL DEFAULT 0,
    contact_id INT NULL,
    organisation_id INT NULL,
    assigned_user_id INT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE SET NULL,
    FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE SET NULL,
    FOREIGN KEY (assigned_user_id) REFERENCES users (id) ON DELETE SET NULL
);

-- The browser and network address of each sign-in, as the portal reports
-- them with UpdateLoginDetails (extension fields), for the sign-in history.
ALTER TABLE login_history
    ADD COLUMN browser VARCHAR(255) NOT NULL DEFAULT '',
    ADD COLUMN address VARCHAR(64) NOT NULL DEFAULT '';

-- Self sign-up waiting for its e-mail confirmation (SignUp, ConfirmSignUp).
-- The password is kept only as bcrypt, the link's secret too. The
-- organisation name is what the person typed, for the staff to review: a
-- sign-up is never linked to an organisation by that name.
CREATE TABLE signup_requests (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    first_name VARCHAR(80) NOT NULL DEFAULT '',
    last_name VARCHAR(80) NOT NULL,
    email VARCHAR(150) NOT NULL,
    organisation_name VARCHAR(200) NOT NULL DEFAULT '',
    password_hash VARCHAR(255) NOT NULL,
    secret_hash VARCHAR(255) NOT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    expires_at DATETIME NOT NULL,
    confirmed_at DATETIME NULL,
    contact_id INT NULL,
    KEY signup_email (email, created_at),
    FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE SET NULL
);

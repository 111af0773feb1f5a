#pragma once

#include "base/result.h"
#include "reference-crm/mail/smtp_client.h"
#include "reference-crm/storage/database.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace refcrm::mail {

// The SMTP relay from REFCRM_SMTP_HOST, REFCRM_SMTP_PORT and REFCRM_MAIL_FROM;
// nullopt when no host is set (mail then waits in mail_outbox).
base::Result<std::optional<SmtpOptions>> smtp_from_environment(
    const std::function<std::optional<std::string>(const std::string&)>& environment);

// Sends the unsent rows of mail_outbox, oldest first, and marks each sent.
// Stops at the first failure, so the rest wait for the next pass. Returns
// how many went out.
base::Result<int> send_outbox(storage::Connection& db, const SmtpOptions& smtp);

// Runs send_outbox every few seconds on its own thread and connection,
// until destroyed. Failures are logged and retried.
class OutboxSender {
public:
    OutboxSender(storage::DatabaseOptions database, SmtpOptions smtp);
    ~OutboxSender();
    OutboxSender(const OutboxSender&) = delete;
    OutboxSender& operator=(const OutboxSender&) = delete;

private:
    void run();

    const storage::DatabaseOptions m_database;
    const SmtpOptions m_smtp;
    std::mutex m_mutex; // guards m_stopping
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

}

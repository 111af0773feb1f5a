#include "reference-crm/mail/outbox_sender.h"

#include "base/log.h"
#include "base/strings.h"

#include <chrono>

namespace refcrm::mail {

namespace {

constexpr auto k_pass_interval = std::chrono::seconds(2);
constexpr int k_batch = 20;

}

base::Result<std::optional<SmtpOptions>> smtp_from_environment(
    const std::function<std::optional<std::string>(const std::string&)>& environment)
{
    SmtpOptions options;
    options.host = environment("REFCRM_SMTP_HOST").value_or("");
    if (options.host.empty())
        return std::optional<SmtpOptions>();
    if (auto port = environment("REFCRM_SMTP_PORT")) {
        auto number = base::parse_int(*port);
        if (!number || *number < 1 || *number > 65535)
            return base::Error("usage", "REFCRM_SMTP_PORT must be a port number, not '" + *port + "'");
        options.port = static_cast<int>(*number);
    }
    options.from = environment("REFCRM_MAIL_FROM").value_or(options.from);
    return std::optional<SmtpOptions>(options);
}

base::Result<int> send_outbox(storage::Connection& db, const SmtpOptions& smtp)
{
    storage::Rows rows = TRY(db.query("SELECT id, recipient, subject, body FROM mail_outbox WHERE sent_at IS NULL "
                                      "ORDER BY id LIMIT "
        + std::to_string(k_batch)));
    int sent = 0;
    for (const auto& row : rows) {
        TRY(send_message(smtp, { row.text(1), row.text(2), row.text(3) }));
        TRY(db.update("UPDATE mail_outbox SET sent_at = NOW() WHERE id = ?", { row.integer(0).value_or(0) }));
        ++sent;
    }
    return sent;
}

OutboxSender::OutboxSender(storage::DatabaseOptions database, SmtpOptions smtp)
    : m_database(std::move(database))
    , m_smtp(std::move(smtp))
    , m_thread([this] { run(); })
{
}

OutboxSender::~OutboxSender()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void OutboxSender::run()
{
    base::log::info("mail", "sending the outbox through " + m_smtp.host + ":" + std::to_string(m_smtp.port));
    std::unique_ptr<storage::Connection> db;
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, k_pass_interval, [this] { return m_stopping; })) {
        lock.unlock();
        if (!db) {
            auto opened = storage::Connection::open(m_database);
            if (opened.ok())
                db = std::move(*opened);
            else
                base::log::warning("mail", "no database for the outbox: " + opened.error().message());
        }
        auto sent = db ? send_outbox(*db, m_smtp) : base::Result<int>(0);
        if (!sent.ok()) {
            base::log::warning("mail", "outbox not sent, trying again: " + sent.error().message());
            db.reset();
        } else if (*sent > 0) {
            base::log::info("mail", "sent " + std::to_string(*sent) + " mail(s)");
        }
        lock.lock();
    }
}

}

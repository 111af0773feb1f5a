#include "portal/services/auth_service.h"
#include "portal/services/extension_catalog.h"
#include "portal/services/support_period.h"

#include "base/log.h"
#include "crm-connector/crm_error.h"
#include "crm-connector/parallel.h"

namespace portal {

namespace {

// The CRM keeps the customer's login and logout times (UpdateLoginDetails). A
// CRM that cannot record them must not keep the customer out: log and go on.
void record_login_event(const Context& context, const crm::Credentials& credentials, crm::LoginEvent event,
    const crm::LoginClient& client = {})
{
    auto recorded = context.extensions.has(crm::extensions::k_fetch_login_history)
        ? context.crm.update_login_details(credentials, event, client)
        : context.crm.update_login_details(credentials, event);
    if (!recorded.ok())
        base::log::warning("auth", "the CRM did not record the login or logout: " + recorded.error().message());
}

}

base::Result<std::shared_ptr<Session>> log_in(const Context& context, const std::string& email,
    const std::string& password, const std::string& language, const crm::LoginClient& client)
{
    crm::Credentials credentials { email, password, language };
    TRY(context.crm.ping(credentials));
    // The profile says when the support period ends (the notice on every page).
    auto [modules, profile] = crm::run_parallel(
        [&] { return context.crm.fetch_modules(credentials); }, [&] { return context.crm.fetch_profile(credentials); });
    if (!modules.ok())
        return modules.error();
    auto session
        = TRY(context.sessions.start(Session(email, context.sealer.seal(password), language, std::move(*modules))));
    base::log::info("auth", "login of contact " + session->modules().contact.id);
    if (profile.ok())
        context.support_periods.remember(session->modules().contact.id, profile->contact.value_of("support_end_date"));
    record_login_event(context, credentials, crm::LoginEvent::login, client);
    return session;
}

void log_out(const Context& context, const Session& session)
{
    base::log::info("auth", "logout of contact " + session.modules().contact.id);
    if (auto credentials = credentials_of(context, session, session.language()); credentials.ok())
        record_login_event(context, *credentials, crm::LoginEvent::logout);
    context.sessions.end(session.id());
}

base::Result<std::shared_ptr<Session>> change_password(const Context& context, const Session& session,
    const std::string& current_password, const std::string& new_password)
{
    crm::Credentials credentials = TRY(credentials_of(context, session, session.language()));
    // The session's own copy answers a wrong current password without a CRM
    // call; the CRM checks it again.
    if (!equal_in_constant_time(credentials.password, current_password))
        return base::Error(std::string(crm::error_codes::k_wrong_password), "the current password is not correct");
    TRY(context.crm.change_password(credentials, new_password));
    auto renewed = TRY(context.sessions.start(
        Session(session.username(), context.sealer.seal(new_password), session.language(), session.modules())));
    context.sessions.end_others(session.username(), renewed->id());
    base::log::info(
        "auth", "password changed by contact " + session.modules().contact.id + "; its other sessions ended");
    return renewed;
}

base::Result<crm::Credentials> credentials_of(
    const Context& context, const Session& session, const std::string& language)
{
    std::string password = TRY(context.sealer.open(session.sealed_password()));
    return crm::Credentials { session.username(), std::move(password), language };
}

}

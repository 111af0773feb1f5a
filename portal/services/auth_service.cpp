#include "portal/services/auth_service.h"

#include "base/log.h"

namespace portal {

base::Result<std::shared_ptr<Session>> log_in(
    const Context& context, const std::string& email, const std::string& password, const std::string& language)
{
    crm::Credentials credentials { email, password, language };
    TRY(context.crm.ping(credentials));
    crm::PortalModules modules = TRY(context.crm.fetch_modules(credentials));
    auto session = context.sessions.start(Session(email, context.sealer.seal(password), language, std::move(modules)));
    base::log::info("auth", "login of contact " + session->modules().contact.id);
    return session;
}

void log_out(const Context& context, const Session& session)
{
    base::log::info("auth", "logout of contact " + session.modules().contact.id);
    context.sessions.end(session.id());
}

base::Result<crm::Credentials> credentials_of(
    const Context& context, const Session& session, const std::string& language)
{
    std::string password = TRY(context.sealer.open(session.sealed_password()));
    return crm::Credentials { session.username(), std::move(password), language };
}

}

#include "reference-crm/admin/admin.h"

#include "reference-crm/admin/admin_support.h"

#include <sstream>

namespace refcrm::admin {

namespace {

std::vector<CommandGroup> every_group()
{
    std::vector<CommandGroup> groups;
    for (const auto* part : { &module_groups(), &field_groups(), &home_groups(), &contact_groups() })
        groups.insert(groups.end(), part->begin(), part->end());
    return groups;
}

}

base::Result<void> run_admin(
    storage::Connection& db, const std::vector<std::string>& arguments, std::istream& in, std::ostream& out)
{
    if (arguments.empty())
        return usage_error("admin needs a command", admin_usage());
    for (const auto& group : every_group()) {
        if (group.name != arguments.front())
            continue;
        Words words(arguments.begin() + 1, arguments.end());
        std::ostringstream buffered;
        AdminIo io { in, buffered };
        TRY(storage::in_transaction(db, [&] { return group.run(db, words, io); }));
        out << buffered.str();
        return {};
    }
    return usage_error("unknown admin command '" + arguments.front() + "'", admin_usage());
}

std::string admin_usage()
{
    std::string text;
    for (const auto& group : every_group()) {
        text += group.usage;
        text += "\n";
    }
    return text;
}

}

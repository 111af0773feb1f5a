#include "portal/session/session_codec.h"

#include "base/strings.h"

#include <vector>

namespace portal {

namespace {

std::string escaped(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\t')
            out += "\\t";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

std::vector<std::string> fields_of(std::string_view line)
{
    std::vector<std::string> fields(1);
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (c == '\t')
            fields.emplace_back();
        else if (c == '\\' && i + 1 < line.size()) {
            char next = line[++i];
            fields.back() += next == 't' ? '\t' : next == 'n' ? '\n' : next;
        } else
            fields.back() += c;
    }
    return fields;
}

std::string line_of(std::initializer_list<std::string_view> fields)
{
    std::string out;
    bool first = true;
    for (auto field : fields) {
        out += (first ? "" : "\t") + escaped(field);
        first = false;
    }
    return out + "\n";
}

base::Error corrupt(std::string_view what)
{
    return base::Error("session.corrupt", "stored session: " + std::string(what));
}

}

std::string encode_modules(const crm::PortalModules& modules)
{
    std::string out = line_of({ modules.contact.id, modules.contact.label });
    out += modules.account ? line_of({ "1", modules.account->id, modules.account->label }) : line_of({ "0" });
    out += line_of({ modules.default_assignee.id, modules.default_assignee.label });
    for (const auto& module : modules.modules)
        out += line_of({ module.name, module.label, module.ui_label, std::to_string(module.order),
            module.can_create ? "1" : "0", module.can_edit ? "1" : "0", module.organisation_scope ? "1" : "0" });
    return out;
}

base::Result<crm::PortalModules> decode_modules(std::string_view text)
{
    auto lines = base::split(text, '\n');
    if (!lines.empty() && lines.back().empty())
        lines.pop_back();
    if (lines.size() < 3)
        return corrupt("too few lines");
    crm::PortalModules modules;
    auto contact = fields_of(lines[0]);
    auto account = fields_of(lines[1]);
    auto assignee = fields_of(lines[2]);
    if (contact.size() != 2 || assignee.size() != 2 || (account[0] == "1" ? account.size() != 3 : account.size() != 1))
        return corrupt("bad contact, account or assignee");
    modules.contact = { contact[0], contact[1] };
    if (account[0] == "1")
        modules.account = crm::Reference { account[1], account[2] };
    modules.default_assignee = { assignee[0], assignee[1] };
    for (std::size_t i = 3; i < lines.size(); ++i) {
        auto fields = fields_of(lines[i]);
        auto order = fields.size() == 7 ? base::parse_int(fields[3]) : std::nullopt;
        if (!order)
            return corrupt("bad module line");
        modules.modules.push_back({ fields[0], fields[1], fields[2], static_cast<int>(*order), fields[4] == "1",
            fields[5] == "1", fields[6] == "1" });
    }
    return modules;
}

}

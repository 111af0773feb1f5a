#include "portal/session/form_drafts.h"

#include "base/strings.h"

namespace portal {

namespace {

// Length-prefixed pieces: "<bytes>:<text>", so that no character of a
// field needs escaping.
void put(std::string& out, std::string_view text)
{
    out += std::to_string(text.size());
    out += ':';
    out += text;
}

std::optional<std::string> get(std::string_view& in)
{
    auto colon = in.find(':');
    if (colon == std::string_view::npos)
        return std::nullopt;
    auto size = base::parse_int(in.substr(0, colon));
    if (!size || *size < 0 || static_cast<std::size_t>(*size) > in.size() - colon - 1)
        return std::nullopt;
    std::string text(in.substr(colon + 1, static_cast<std::size_t>(*size)));
    in.remove_prefix(colon + 1 + static_cast<std::size_t>(*size));
    return text;
}

std::string encode(const FormDrafts::Draft& draft)
{
    std::string out;
    put(out, draft.action);
    put(out, draft.had_files ? "1" : "0");
    for (const auto& [name, value] : draft.fields) {
        put(out, name);
        put(out, value);
    }
    return out;
}

std::optional<FormDrafts::Draft> decode(std::string_view in, const std::string& page)
{
    FormDrafts::Draft draft;
    draft.page = page;
    auto action = get(in);
    auto files = get(in);
    if (!action || !files)
        return std::nullopt;
    draft.action = *action;
    draft.had_files = *files == "1";
    while (!in.empty()) {
        auto name = get(in);
        auto value = get(in);
        if (!name || !value)
            return std::nullopt;
        draft.fields.emplace(std::move(*name), std::move(*value));
    }
    return draft;
}

}

std::string FormDrafts::keep(const Draft& draft)
{
    std::string plain = encode(draft);
    if (plain.size() > k_max_bytes)
        return "";
    std::string id = random_token();
    auto now = m_now();
    std::lock_guard lock(m_mutex);
    purge(now);
    if (m_drafts.size() >= k_max_drafts)
        return "";
    m_drafts[id] = { draft.page, m_sealer.seal(plain), now + k_lifetime };
    return id;
}

std::optional<FormDrafts::Draft> FormDrafts::take(const std::string& id, const std::string& page)
{
    Entry entry;
    {
        std::lock_guard lock(m_mutex);
        auto found = m_drafts.find(id);
        if (found == m_drafts.end() || found->second.expires <= m_now() || found->second.page != page)
            return std::nullopt;
        entry = std::move(found->second);
        m_drafts.erase(found);
    }
    auto plain = m_sealer.open(entry.sealed);
    if (!plain.ok())
        return std::nullopt;
    return decode(*plain, entry.page);
}

bool FormDrafts::holds(const std::string& id)
{
    std::lock_guard lock(m_mutex);
    auto found = m_drafts.find(id);
    return found != m_drafts.end() && found->second.expires > m_now();
}

void FormDrafts::purge(std::chrono::steady_clock::time_point now)
{
    for (auto it = m_drafts.begin(); it != m_drafts.end();) {
        if (it->second.expires <= now)
            it = m_drafts.erase(it);
        else
            ++it;
    }
}

}

#pragma once

#include "portal/session/secrets.h"

#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace portal {

// What was typed into a form whose POST came after the session had ended.
// The values stay here, sealed with the portal's key, for a short while;
// the browser holds only a random id (cookie portal_draft), so the text is
// given back to that browser alone, once, on the page of the form.
class FormDrafts {
public:
    struct Draft {
        std::string page; // where the form is shown: "/cases/17x101"
        std::string action; // where it posted: "/cases/17x101/comments"
        std::multimap<std::string, std::string> fields;
        bool had_files = false;
    };

    static constexpr std::chrono::minutes k_lifetime { 20 };
    static constexpr std::size_t k_max_drafts = 2000;
    static constexpr std::size_t k_max_bytes = 256 * 1024;

    explicit FormDrafts(const SecretSealer& sealer)
        : m_sealer(sealer)
    {
    }

    // The id for the browser's cookie, or "" when the draft is too large to keep.
    std::string keep(const Draft& draft);
    // The draft of this browser for `page`, handed out once; nullopt when
    // there is none, it expired, or it belongs to another page.
    std::optional<Draft> take(const std::string& id, const std::string& page);
    // Whether the browser holds a live draft (the sign-in page says so).
    bool holds(const std::string& id);

    void set_clock_for_tests(std::function<std::chrono::steady_clock::time_point()> now) { m_now = std::move(now); }

private:
    struct Entry {
        std::string page;
        std::string sealed;
        std::chrono::steady_clock::time_point expires;
    };
    void purge(std::chrono::steady_clock::time_point now);

    const SecretSealer& m_sealer;
    std::function<std::chrono::steady_clock::time_point()> m_now = [] { return std::chrono::steady_clock::now(); };
    std::mutex m_mutex;
    std::map<std::string, Entry> m_drafts;
};

// The cookie that names a browser's draft.
inline constexpr const char* k_draft_cookie = "portal_draft";

}

#pragma once

#include "base/result.h"
#include "portal/session/secrets.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

namespace portal {

// The sign-up form's challenge: the sum of two numbers, drawn as an SVG
// picture of strokes (no text a program could read out of it), made and
// checked by the portal itself. The form carries the challenge sealed with
// the portal's key (numbers, expiry, a one-time id), so the portal keeps
// nothing per form but the ids already used; each challenge is good for one
// answer within twenty minutes. Thread-safe.
class Captchas {
public:
    using Clock = std::chrono::system_clock;

    // log_answers: ONLY FOR TESTS ($test_log_captcha_answers).
    Captchas(const SecretSealer& sealer, bool log_answers)
        : m_sealer(sealer)
        , m_log_answers(log_answers)
    {
    }

    // A new challenge, as the token the form carries.
    std::string issue();
    // The picture of a challenge; an error for a token the portal did not seal.
    base::Result<std::string> picture(std::string_view token) const;
    // True when answer solves the challenge; the challenge is used up either way.
    bool solve(std::string_view token, std::string_view answer);

    void set_clock_for_tests(std::function<Clock::time_point()> now) { m_now = std::move(now); }

private:
    struct Challenge {
        int first = 0;
        int second = 0;
        long long expires = 0; // seconds since the epoch
        std::string id;
    };

    base::Result<Challenge> open(std::string_view token) const;
    bool use(const Challenge& challenge);

    const SecretSealer& m_sealer;
    const bool m_log_answers;
    std::function<Clock::time_point()> m_now = [] { return Clock::now(); };
    std::mutex m_mutex; // guards m_used
    std::map<std::string, long long> m_used; // id → expiry
};

// The SVG picture of "first + second": seven-segment digits with jitter and
// crossing lines, the same for the same seed.
std::string captcha_svg(int first, int second, std::uint64_t seed);

}

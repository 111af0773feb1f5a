#include "portal/services/captcha.h"

#include "base/log.h"
#include "base/strings.h"
#include "portal/session/secrets.h"

namespace portal {

namespace {

constexpr long long k_lifetime_seconds = 20 * 60;
constexpr std::size_t k_max_token = 512;

long long seconds_of(Captchas::Clock::time_point time)
{
    return std::chrono::duration_cast<std::chrono::seconds>(time.time_since_epoch()).count();
}

int random_number(int low, int high)
{
    auto byte = static_cast<unsigned char>(random_bytes(1).front());
    return low + byte % (high - low + 1);
}

std::uint64_t seed_of(std::string_view id)
{
    std::uint64_t seed = 1469598103934665603ULL;
    for (unsigned char c : id)
        seed = (seed ^ c) * 1099511628211ULL;
    return seed;
}

}

std::string Captchas::issue()
{
    Challenge challenge { random_number(2, 19), random_number(2, 9), seconds_of(m_now()) + k_lifetime_seconds,
        random_token(12) };
    std::string token = base::to_hex(m_sealer.seal(std::to_string(challenge.first) + " "
        + std::to_string(challenge.second) + " " + std::to_string(challenge.expires) + " " + challenge.id));
    if (m_log_answers)
        base::log::info("captcha",
            "TEST ONLY ($test_log_captcha_answers): challenge " + token.substr(0, 24) + " answer "
                + std::to_string(challenge.first + challenge.second));
    return token;
}

base::Result<Captchas::Challenge> Captchas::open(std::string_view token) const
{
    auto sealed = token.size() > k_max_token ? std::nullopt : base::from_hex(token);
    if (!sealed)
        return base::Error("captcha.malformed", "not a challenge of this portal");
    auto parts = base::split(TRY(m_sealer.open(*sealed)), ' ');
    if (parts.size() != 4)
        return base::Error("captcha.malformed", "not a challenge of this portal");
    Challenge challenge { static_cast<int>(base::parse_int(parts[0]).value_or(0)),
        static_cast<int>(base::parse_int(parts[1]).value_or(0)), base::parse_int(parts[2]).value_or(0), parts[3] };
    if (challenge.expires < seconds_of(m_now()))
        return base::Error("captcha.expired", "the challenge has expired");
    return challenge;
}

base::Result<std::string> Captchas::picture(std::string_view token) const
{
    Challenge challenge = TRY(open(token));
    return captcha_svg(challenge.first, challenge.second, seed_of(challenge.id));
}

bool Captchas::use(const Challenge& challenge)
{
    std::lock_guard lock(m_mutex);
    long long now = seconds_of(m_now());
    std::erase_if(m_used, [now](const auto& entry) { return entry.second < now; });
    return m_used.emplace(challenge.id, challenge.expires).second;
}

bool Captchas::solve(std::string_view token, std::string_view answer)
{
    auto challenge = open(token);
    if (!challenge.ok() || !use(*challenge))
        return false;
    auto number = base::parse_int(base::trim(answer));
    return number && *number == challenge->first + challenge->second;
}

}

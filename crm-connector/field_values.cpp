#include "crm-connector/field_values.h"

#include "base/strings.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace crm {

namespace {

constexpr int k_max_digits = 18;

std::optional<int> digits_at(std::string_view text, std::size_t at, std::size_t count)
{
    if (at + count > text.size())
        return std::nullopt;
    std::string_view part = text.substr(at, count);
    if (!std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return static_cast<int>(*base::parse_int(part));
}

std::optional<std::chrono::year_month_day> parse_date(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto year = digits_at(text, 0, 4);
    auto month = digits_at(text, 5, 2);
    auto day = digits_at(text, 8, 2);
    if (!year || !month || !day)
        return std::nullopt;
    std::chrono::year_month_day date { std::chrono::year(*year), std::chrono::month(static_cast<unsigned>(*month)),
        std::chrono::day(static_cast<unsigned>(*day)) };
    if (!date.ok() || *year == 0)
        return std::nullopt;
    return date;
}

std::optional<std::chrono::seconds> parse_time(std::string_view text)
{
    if (text.size() != 8 || text[2] != ':' || text[5] != ':')
        return std::nullopt;
    auto hours = digits_at(text, 0, 2);
    auto minutes = digits_at(text, 3, 2);
    auto seconds = digits_at(text, 6, 2);
    if (!hours || !minutes || !seconds || *hours > 23 || *minutes > 59 || *seconds > 59)
        return std::nullopt;
    return std::chrono::hours(*hours) + std::chrono::minutes(*minutes) + std::chrono::seconds(*seconds);
}

std::int64_t power_of_ten(int exponent)
{
    std::int64_t value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

}

std::optional<DateTime> parse_date_time(std::string_view text)
{
    text = base::trim(text);
    auto date = parse_date(text.substr(0, std::min<std::size_t>(text.size(), 10)));
    if (!date)
        return std::nullopt;
    if (text.size() == 10)
        return DateTime { *date, std::chrono::seconds(0), false };
    if (text.size() != 19 || text[10] != ' ')
        return std::nullopt;
    auto time = parse_time(text.substr(11));
    if (!time)
        return std::nullopt;
    return DateTime { *date, *time, true };
}

std::optional<Decimal> parse_decimal(std::string_view text)
{
    text = base::trim(text);
    bool negative = !text.empty() && text.front() == '-';
    if (!text.empty() && (text.front() == '-' || text.front() == '+'))
        text.remove_prefix(1);
    std::size_t point = text.find('.');
    std::string digits(text.substr(0, point));
    std::string fraction = point == std::string_view::npos ? std::string() : std::string(text.substr(point + 1));
    if (digits.empty() && fraction.empty())
        return std::nullopt;
    std::string all = digits + fraction;
    if (!std::all_of(all.begin(), all.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    all.erase(0, std::min(all.find_first_not_of('0'), all.size()));
    if (static_cast<int>(all.size()) > k_max_digits)
        return std::nullopt;
    std::int64_t units = all.empty() ? 0 : *base::parse_int(all);
    return Decimal { negative ? -units : units, static_cast<int>(fraction.size()) };
}

double Decimal::to_double() const { return static_cast<double>(units) / std::pow(10.0, scale); }

std::string Decimal::format(int places) const
{
    places = std::max(places, 0);
    std::int64_t magnitude = units < 0 ? -units : units;
    if (scale > places) {
        std::int64_t divisor = power_of_ten(scale - places);
        magnitude = magnitude / divisor + (magnitude % divisor >= divisor / 2 ? 1 : 0);
    } else {
        magnitude *= power_of_ten(places - scale);
    }
    std::string digits = std::to_string(magnitude);
    auto decimals = static_cast<std::size_t>(places);
    if (decimals > 0 && digits.size() <= decimals)
        digits = std::string(decimals + 1 - digits.size(), '0') + digits;
    std::string text = digits.substr(0, digits.size() - decimals);
    if (decimals > 0)
        text += "." + digits.substr(digits.size() - decimals);
    return (units < 0 && magnitude != 0 ? "-" : "") + text;
}

}

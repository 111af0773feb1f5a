#pragma once

// Typed readings of the CRM's field strings (docs/json-api.md, Values): dates
// "YYYY-MM-DD", date-times "YYYY-MM-DD HH:MM:SS" (the CRM's database time,
// normally UTC, no zone) and decimal numbers such as "1200.00000000".

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace crm {

struct DateTime {
    std::chrono::year_month_day date;
    std::chrono::seconds time_of_day { 0 };
    bool has_time = false; // false for a plain date

    bool operator==(const DateTime&) const = default;
};

// nullopt for "", a "0000-00-00" placeholder, or anything malformed.
std::optional<DateTime> parse_date_time(std::string_view text);

// An exact decimal: value = units / 10^scale.
struct Decimal {
    std::int64_t units = 0;
    int scale = 0;

    double to_double() const;
    // Rounded half away from zero to places digits: "1200.00" for places 2.
    std::string format(int places) const;
    bool operator==(const Decimal&) const = default;
};

// Accepts an optional sign, digits and one '.', at most 18 significant
// digits; nullopt for "" and anything else.
std::optional<Decimal> parse_decimal(std::string_view text);

}

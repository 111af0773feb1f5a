#include "portal/views/text.h"

#include "portal/views/catalog.h"

#include <map>

#include <array>
#include <utility>

namespace portal {

std::string decode_html_entities(std::string_view text)
{
    static constexpr std::array<std::pair<std::string_view, char>, 7> k_entities { {
        { "&amp;", '&' },
        { "&lt;", '<' },
        { "&gt;", '>' },
        { "&quot;", '"' },
        { "&#039;", '\'' },
        { "&#39;", '\'' },
        { "&apos;", '\'' },
    } };
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool replaced = false;
        if (text[i] == '&') {
            for (const auto& [entity, character] : k_entities) {
                if (text.substr(i, entity.size()) == entity) {
                    out += character;
                    i += entity.size() - 1;
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced)
            out += text[i];
    }
    return out;
}

namespace {

bool all_digits(std::string_view text)
{
    return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

std::string two_digits(int value) { return (value < 10 ? "0" : "") + std::to_string(value); }

}

std::string format_date(const Catalog& catalog, std::string_view text)
{
    bool date = text.size() >= 10 && text[4] == '-' && text[7] == '-' && all_digits(text.substr(0, 4))
        && all_digits(text.substr(5, 2)) && all_digits(text.substr(8, 2));
    bool date_time = date && text.size() >= 16 && text[10] == ' ' && text[13] == ':' && all_digits(text.substr(11, 2))
        && all_digits(text.substr(14, 2));
    if (!date || (text.size() != 10 && !date_time))
        return std::string(text);
    std::map<std::string, std::string> parts {
        { "Y", std::string(text.substr(0, 4)) },
        { "m", std::string(text.substr(5, 2)) },
        { "d", std::string(text.substr(8, 2)) },
    };
    if (!date_time)
        return catalog.format("FORMAT_DATE", parts);
    int hour = std::stoi(std::string(text.substr(11, 2)));
    parts["H"] = two_digits(hour);
    parts["h"] = std::to_string(hour % 12 == 0 ? 12 : hour % 12);
    parts["M"] = std::string(text.substr(14, 2));
    parts["p"] = catalog.text(hour < 12 ? "FORMAT_AM" : "FORMAT_PM");
    return catalog.format("FORMAT_DATE_TIME", parts);
}

std::string format_decimal(const Catalog& catalog, std::string_view text, int digits)
{
    bool negative = text.starts_with('-');
    std::string_view number = negative ? text.substr(1) : text;
    std::size_t point = number.find('.');
    std::string_view whole = number.substr(0, point);
    std::string fraction = point == std::string_view::npos ? "" : std::string(number.substr(point + 1));
    if (!all_digits(whole) || (!fraction.empty() && !all_digits(fraction)))
        return std::string(text);
    fraction.resize(static_cast<std::size_t>(digits), '0'); // truncates: the CRM already rounded to its precision
    std::string grouped;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            grouped += catalog.text("FORMAT_THOUSANDS_SEPARATOR");
        grouped += whole[i];
    }
    std::string out = (negative ? "-" : "") + grouped;
    if (digits > 0)
        out += catalog.text("FORMAT_DECIMAL_SEPARATOR") + fraction;
    return out;
}

}

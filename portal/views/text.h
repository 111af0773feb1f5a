#pragma once

#include <string>
#include <string_view>

namespace portal {

// Vtiger stores some text HTML-encoded (&amp;, &#039;) and sends it so; the
// templates escape on output, so decode first or customers see "&amp;amp;".
std::string decode_html_entities(std::string_view text);

class Catalog;

// A CRM date ("2026-11-20") or date-time ("2026-11-20 10:04:31") written the
// way the language writes it, from the catalog's FORMAT_DATE / FORMAT_DATE_TIME
// patterns: {Y} year, {m} month, {d} day, {H} 24-hour, {h} 12-hour, {M}
// minutes, {p} FORMAT_AM or FORMAT_PM. Text that is no such date is unchanged.
std::string format_date(const Catalog& catalog, std::string_view text);

// A CRM decimal ("1200.50000000") with `digits` decimals and the language's
// FORMAT_DECIMAL_SEPARATOR and FORMAT_THOUSANDS_SEPARATOR; other text unchanged.
std::string format_decimal(const Catalog& catalog, std::string_view text, int digits);

}

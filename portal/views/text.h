#pragma once

#include <string>
#include <string_view>

namespace portal {

// Vtiger stores some text HTML-encoded (&amp;, &#039;) and sends it so; the
// templates escape on output, so decode first or customers see "&amp;amp;".
std::string decode_html_entities(std::string_view text);

// "2026-11-20 10:04:31" → "2026-11-20 10:04"; other text unchanged.
std::string short_date_time(std::string_view text);

}

#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace portal {

// Text from the CRM that may hold HTML (FAQ answers are written in the CRM's
// rich-text editor, comments carry <br />) as plain text: tags dropped with
// the content of script and style, line breaks kept where block elements and
// <br> were, entities decoded, runs of spaces folded. The templates escape
// the result, so nothing of the CRM's markup reaches the page as markup.
std::string html_to_text(std::string_view html);

// What is wrong with text a customer typed: "invalid" (not UTF-8, or control
// characters other than line breaks and tabs), "too long" (more than
// `max_characters` characters), or nothing.
std::optional<std::string> text_problem(std::string_view text, std::size_t max_characters);

// A short piece of plain text around the first place where `query` occurs
// (ASCII letters compared case-insensitively), or its beginning when the
// query is not in it: at most about `width` bytes, cut at spaces and never
// inside a UTF-8 character, "…" where text was left out.
struct Excerpt {
    std::string before;
    std::string match; // empty when the query is not in the text
    std::string after;
};
Excerpt excerpt_around(std::string_view text, std::string_view query, std::size_t width = 200);

}

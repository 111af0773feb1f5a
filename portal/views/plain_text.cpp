#include "portal/views/plain_text.h"

#include "base/strings.h"
#include "base/utf8.h"
#include "portal/views/text.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace portal {

namespace {

constexpr std::string_view k_ellipsis = "\u2026";

// A paragraph break where these start or end; a line break before <br>,
// <li>, <div> and <tr>. Other tags add nothing: they may sit inside a word.
constexpr char k_paragraph = '\x01';
constexpr std::array<std::string_view, 10> k_paragraph_tags { "p", "ul", "ol", "table", "h1", "h2", "h3", "h4",
    "blockquote", "pre" };
constexpr std::array<std::string_view, 4> k_line_tags { "br", "li", "div", "tr" };

template<std::size_t size>
bool is_one_of(const std::array<std::string_view, size>& names, const std::string& name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

// The lower-case name of the tag that starts at `tag` ("<p class=…>" → "p",
// "</div>" → "div").
std::string tag_name(std::string_view tag)
{
    std::size_t start = tag.find_first_not_of("</");
    std::string name;
    for (std::size_t i = start; i < tag.size() && std::isalnum(static_cast<unsigned char>(tag[i])); ++i)
        name += static_cast<char>(std::tolower(static_cast<unsigned char>(tag[i])));
    return name;
}

// Where the element whose content is never text (script, style) ends.
std::size_t skip_raw_element(std::string_view html, std::size_t from, const std::string& name)
{
    std::string lower = base::to_lower(html.substr(from));
    std::size_t end = lower.find("</" + name);
    if (end == std::string::npos)
        return html.size();
    std::size_t close = html.find('>', from + end);
    return close == std::string_view::npos ? html.size() : close + 1;
}

// True when the text is HTML: then its own line breaks are mere spaces
// ("line<br />\n" is one break), as a browser would show them.
bool has_markup(std::string_view text)
{
    for (std::size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
        if (at + 1 < text.size() && (std::isalpha(static_cast<unsigned char>(text[at + 1])) || text[at + 1] == '/'))
            return true;
    }
    return false;
}

// Entities decoded, non-breaking spaces as plain ones (folded below).
std::string decode_text(std::string_view chunk, bool markup)
{
    std::string text(chunk);
    if (markup)
        std::replace_if(
            text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    for (std::string_view space : { "&nbsp;", "&#160;" }) {
        for (std::size_t at = text.find(space); at != std::string::npos; at = text.find(space, at))
            text.replace(at, space.size(), " ");
    }
    std::replace(text.begin(), text.end(), k_paragraph, ' ');
    return decode_html_entities(text);
}

// Runs of blanks become one space, at most one empty line between
// paragraphs, no blanks at the start or end of a line.
std::string fold_spaces(std::string_view text)
{
    std::string out;
    int newlines = 0;
    bool paragraph = false;
    bool space = false;
    for (char c : text) {
        if (c == '\n' || c == k_paragraph) {
            ++newlines;
            paragraph = paragraph || c == k_paragraph;
            space = false;
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            space = true;
        } else {
            if (newlines && !out.empty())
                out += paragraph || newlines > 1 ? "\n\n" : "\n";
            else if (space && !out.empty())
                out += ' ';
            out += c;
            newlines = 0;
            paragraph = false;
            space = false;
        }
    }
    return out;
}

}

std::string html_to_text(std::string_view html)
{
    bool markup = has_markup(html);
    std::string text;
    std::size_t i = 0;
    while (i < html.size()) {
        std::size_t tag = html.find('<', i);
        text += decode_text(html.substr(i, tag == std::string_view::npos ? std::string_view::npos : tag - i), markup);
        if (tag == std::string_view::npos)
            break;
        std::size_t close = html.find('>', tag);
        if (close == std::string_view::npos)
            break; // an unfinished tag at the end: dropped
        std::string name = tag_name(html.substr(tag, close - tag));
        i = close + 1;
        bool closing = html[tag + 1] == '/';
        if ((name == "script" || name == "style") && !closing)
            i = skip_raw_element(html, i, name);
        else if (is_one_of(k_paragraph_tags, name))
            text += k_paragraph;
        else if (is_one_of(k_line_tags, name) && !closing)
            text += '\n';
    }
    return fold_spaces(text);
}

namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::size_t find_ascii_case_insensitive(std::string_view text, std::string_view query)
{
    if (query.empty())
        return std::string_view::npos;
    auto found = std::search(text.begin(), text.end(), query.begin(), query.end(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
    });
    return found == text.end() ? std::string_view::npos : static_cast<std::size_t>(found - text.begin());
}

// A cut position moved back to a space when one is near, else to the start
// of a UTF-8 character.
std::size_t cut_back(std::string_view text, std::size_t at, std::size_t limit)
{
    at = std::min(at, text.size());
    std::size_t space = text.rfind(' ', at);
    if (space != std::string_view::npos && space + 20 >= at && space >= limit)
        return space;
    while (at > limit && at < text.size() && is_continuation(text[at]))
        --at;
    return at;
}

std::string one_line(std::string_view text)
{
    std::string line(text);
    std::replace(line.begin(), line.end(), '\n', ' ');
    return line;
}

}

namespace {

bool is_unwanted_control(unsigned char c) { return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F; }

}

std::optional<std::string> text_problem(std::string_view text, std::size_t max_characters)
{
    auto characters = base::utf8_length(text);
    if (!characters || std::any_of(text.begin(), text.end(), [](char c) { return is_unwanted_control(c); }))
        return "invalid";
    if (*characters > max_characters)
        return "too long";
    return std::nullopt;
}

Excerpt excerpt_around(std::string_view text, std::string_view query, std::size_t width)
{
    query = base::trim(query);
    std::size_t at = find_ascii_case_insensitive(text, query);
    std::size_t match_size = at == std::string_view::npos ? 0 : query.size();
    std::size_t anchor = at == std::string_view::npos ? 0 : at;
    std::size_t lead = anchor > width / 3 ? anchor - width / 3 : 0;
    std::size_t start = lead == 0 ? 0 : cut_back(text, lead, 0);
    if (start > 0 && start < text.size() && text[start] == ' ')
        ++start;
    std::size_t end_wanted = std::max(start + width, anchor + match_size);
    std::size_t end = end_wanted >= text.size() ? text.size() : cut_back(text, end_wanted, anchor + match_size);
    Excerpt excerpt;
    excerpt.before = (start > 0 ? std::string(k_ellipsis) : "") + one_line(text.substr(start, anchor - start));
    excerpt.match = one_line(text.substr(anchor, match_size));
    excerpt.after = one_line(text.substr(anchor + match_size, end - anchor - match_size));
    if (end < text.size())
        excerpt.after += k_ellipsis;
    return excerpt;
}

}

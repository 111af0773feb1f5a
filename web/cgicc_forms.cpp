#include "web/cgicc_forms.h"

#include "base/log.h"
#include "base/strings.h"

#include <cgicc/CgiEnvironment.h>
#include <cgicc/CgiInput.h>
#include <cgicc/Cgicc.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <exception>

namespace web {

namespace {

constexpr std::string_view k_urlencoded_type = "application/x-www-form-urlencoded";
constexpr std::string_view k_multipart_type = "multipart/form-data";

// Serves cgicc a captured environment and body instead of the process's own.
class CapturedInput final : public cgicc::CgiInput {
public:
    CapturedInput(std::map<std::string, std::string> environment, std::string_view body)
        : m_environment(std::move(environment))
        , m_body(body)
    {
    }

    size_t read(char* data, size_t length) override
    {
        std::size_t count = std::min(length, m_body.size() - m_position);
        if (count > 0)
            std::memcpy(data, m_body.data() + m_position, count);
        m_position += count;
        return count;
    }

    std::string getenv(const char* name) override
    {
        auto it = m_environment.find(name);
        return it == m_environment.end() ? std::string() : it->second;
    }

private:
    std::map<std::string, std::string> m_environment;
    std::string_view m_body;
    std::size_t m_position = 0;
};

bool is_hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

std::string escape_stray_percents(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        out += text[i];
        bool is_escape = i + 2 < text.size() && is_hex(text[i + 1]) && is_hex(text[i + 2]);
        if (text[i] == '%' && !is_escape)
            out += "25";
    }
    return out;
}

std::string media_type(std::string_view content_type)
{
    return base::to_lower(base::trim(content_type.substr(0, content_type.find(';'))));
}

std::string unquote(std::string_view text)
{
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"')
        text = text.substr(1, text.size() - 2);
    return std::string(text);
}

// cgicc takes a part's Content-Type up to the blank line, with any header after it.
std::string first_line(const std::string& text) { return text.substr(0, text.find_first_of("\r\n")); }

// Cgicc parses the POST body only for POST and adds the query string's pairs:
// an empty query string keeps the two apart.
cgicc::Cgicc parse_body_with_cgicc(const std::string& content_type, const std::string& body)
{
    CapturedInput input({ { "REQUEST_METHOD", "POST" }, { "CONTENT_TYPE", content_type },
                            { "CONTENT_LENGTH", std::to_string(body.size()) } },
        body);
    return cgicc::Cgicc(&input);
}

FormBody to_form_body(const cgicc::Cgicc& parsed)
{
    FormBody form;
    for (const cgicc::FormEntry& entry : parsed.getElements())
        form.fields.emplace(entry.getName(), entry.getValue());
    for (const cgicc::FormFile& file : parsed.getFiles())
        form.files.push_back({ file.getName(), file.getFilename(), first_line(file.getDataType()), file.getData() });
    return form;
}

// cgicc finds the closing boundary only when a CRLF follows it, which some
// clients leave out.
std::string with_final_line_break(std::string_view body, const std::string& boundary)
{
    std::string text(body);
    std::string closing = "--" + boundary + "--";
    if (text.ends_with(closing))
        text += "\r\n";
    return text;
}

base::Result<FormBody> parse_multipart(std::string_view content_type, std::string_view body)
{
    auto boundary = multipart_boundary(content_type);
    if (!boundary)
        return base::Error("web.malformed_form", "multipart/form-data without a usable boundary");
    std::string normalized_type = std::string(k_multipart_type) + "; boundary=" + *boundary;
    return to_form_body(parse_body_with_cgicc(normalized_type, with_final_line_break(body, *boundary)));
}

}

std::string normalize_urlencoded(std::string_view text)
{
    std::vector<std::string> pairs;
    for (std::string& pair : base::split(text, '&')) {
        if (pair.empty())
            continue;
        if (pairs.size() == k_max_form_fields) {
            base::log::warning("web", "ignored form fields beyond the first " + std::to_string(k_max_form_fields));
            break;
        }
        if (pair.find('=') == std::string::npos)
            pair += '=';
        pairs.push_back(escape_stray_percents(pair));
    }
    return base::join(pairs, "&");
}

std::optional<std::string> multipart_boundary(std::string_view content_type)
{
    for (const std::string& parameter : base::split(content_type, ';')) {
        std::string_view trimmed = base::trim(parameter);
        std::size_t equals = trimmed.find('=');
        if (equals == std::string_view::npos || base::to_lower(base::trim(trimmed.substr(0, equals))) != "boundary")
            continue;
        std::string boundary = unquote(base::trim(trimmed.substr(equals + 1)));
        // RFC 2046: 1 to 70 characters.
        if (boundary.empty() || boundary.size() > 70)
            return std::nullopt;
        return boundary;
    }
    return std::nullopt;
}

std::multimap<std::string, std::string> parse_urlencoded(std::string_view text)
{
    std::multimap<std::string, std::string> pairs;
    if (text.empty())
        return pairs;
    try {
        CapturedInput input({ { "REQUEST_METHOD", "GET" }, { "QUERY_STRING", normalize_urlencoded(text) } }, {});
        cgicc::Cgicc parsed(&input);
        for (const cgicc::FormEntry& entry : parsed.getElements())
            pairs.emplace(entry.getName(), entry.getValue());
    } catch (const std::exception& exception) {
        base::log::warning("web", std::string("cannot read a query string: ") + exception.what());
    }
    return pairs;
}

base::Result<FormBody> parse_form_body(std::string_view content_type, std::string_view body)
{
    std::string type = media_type(content_type);
    try {
        if (body.empty())
            return FormBody {};
        if (type == k_urlencoded_type)
            return to_form_body(parse_body_with_cgicc(std::string(k_urlencoded_type), normalize_urlencoded(body)));
        if (type == k_multipart_type)
            return parse_multipart(content_type, body);
        return FormBody {};
    } catch (const std::exception& exception) {
        return base::Error("web.malformed_form", "cannot read the " + type + " body: " + exception.what());
    }
}

std::map<std::string, std::string> parse_cookie_header(std::string_view header)
{
    std::map<std::string, std::string> cookies;
    if (header.empty())
        return cookies;
    try {
        CapturedInput input({ { "HTTP_COOKIE", std::string(header) } }, {});
        cgicc::CgiEnvironment environment(&input);
        for (const cgicc::HTTPCookie& cookie : environment.getCookieList()) {
            std::string name(base::trim(cookie.getName()));
            if (!name.empty())
                cookies.emplace(std::move(name), unquote(base::trim(cookie.getValue())));
        }
    } catch (const std::exception& exception) {
        base::log::warning("web", std::string("cannot read a Cookie header: ") + exception.what());
    }
    return cookies;
}

}

#include "crm-connector/capture_file.h"

#include "base/strings.h"

#include <fstream>
#include <sstream>

namespace crm::testing {

namespace {

constexpr std::string_view k_request_marker = "### ---- RAW REQUEST";
constexpr std::string_view k_response_marker = "### ---- RAW RESPONSE";
constexpr std::string_view k_end_marker = "### ---- END";

base::Error bad_capture(std::string_view name, std::string_view why)
{
    return base::Error("test.bad_capture", "capture " + std::string(name) + ": " + std::string(why));
}

// The bytes after the marker's line up to the newline that precedes the next
// marker; that newline belongs to the file format, not to the message.
std::optional<std::string_view> section(std::string_view text, std::string_view marker, std::string_view next)
{
    std::size_t marker_at = text.find(marker);
    if (marker_at == std::string_view::npos)
        return std::nullopt;
    std::size_t start = text.find('\n', marker_at);
    std::size_t end = text.find("\n" + std::string(next), start);
    if (start == std::string_view::npos || end == std::string_view::npos)
        return std::nullopt;
    return text.substr(start + 1, end - start - 1);
}

std::optional<HttpMessage> parse_message(std::string_view raw)
{
    std::size_t head_end = raw.find("\r\n\r\n");
    if (head_end == std::string_view::npos)
        return std::nullopt;
    HttpMessage message;
    message.body = std::string(raw.substr(head_end + 4));
    std::vector<std::string> lines = base::split(raw.substr(0, head_end), '\n');
    for (std::string& line : lines) {
        if (line.ends_with('\r'))
            line.pop_back();
    }
    message.start_line = lines.front();
    for (std::size_t i = 1; i < lines.size(); ++i) {
        std::size_t colon = lines[i].find(':');
        if (colon == std::string::npos)
            return std::nullopt;
        message.headers.emplace_back(lines[i].substr(0, colon), std::string(base::trim(lines[i].substr(colon + 1))));
    }
    return message;
}

struct Part {
    std::string name;
    std::optional<std::string> filename;
    std::string content_type;
    std::string body;
};

std::optional<std::string> quoted_parameter(std::string_view header, std::string_view name)
{
    std::string key = std::string(name) + "=\"";
    std::size_t at = header.find(key);
    if (at == std::string_view::npos)
        return std::nullopt;
    std::size_t end = header.find('"', at + key.size());
    return std::string(header.substr(at + key.size(), end - at - key.size()));
}

std::vector<Part> multipart_parts(const HttpMessage& message)
{
    std::string type = message.header("Content-Type").value_or("");
    std::size_t at = type.find("boundary=");
    std::vector<Part> parts;
    if (!type.starts_with("multipart/form-data") || at == std::string::npos)
        return parts;
    std::string delimiter = "--" + type.substr(at + 9);
    std::string_view body = message.body;
    for (std::size_t start = body.find(delimiter); start != std::string_view::npos;) {
        std::size_t head = start + delimiter.size() + 2;
        std::size_t next = body.find("\r\n" + delimiter, head);
        if (next == std::string_view::npos || body.substr(start + delimiter.size(), 2) == "--")
            break;
        std::optional<HttpMessage> part = parse_message("x\r\n" + std::string(body.substr(head, next - head)));
        if (!part)
            break;
        std::string disposition = part->header("Content-Disposition").value_or("");
        parts.push_back(Part { quoted_parameter(disposition, "name").value_or(""),
            quoted_parameter(disposition, "filename"), part->header("Content-Type").value_or(""), part->body });
        start = next + 2;
    }
    return parts;
}

}

std::optional<std::string> HttpMessage::header(std::string_view name) const
{
    for (const auto& [header_name, value] : headers) {
        if (base::to_lower(header_name) == base::to_lower(name))
            return value;
    }
    return std::nullopt;
}

long Capture::response_status() const
{
    std::vector<std::string> parts = base::split(response.start_line, ' ');
    return parts.size() > 1 ? base::parse_int(parts[1]).value_or(0) : 0;
}

std::vector<FormField> Capture::request_form() const
{
    std::vector<Part> parts = multipart_parts(request);
    if (parts.empty())
        return parse_form(request.body);
    std::vector<FormField> fields;
    for (const Part& part : parts) {
        if (!part.filename)
            fields.push_back({ part.name, part.body });
    }
    return fields;
}

std::optional<FilePart> Capture::request_file() const
{
    for (Part& part : multipart_parts(request)) {
        if (part.filename)
            return FilePart { part.name, *part.filename, part.content_type, std::move(part.body) };
    }
    return std::nullopt;
}

std::optional<std::string> Capture::form_value(std::string_view name) const
{
    for (const FormField& field : request_form()) {
        if (field.name == name)
            return field.value;
    }
    return std::nullopt;
}

std::optional<std::pair<std::string, std::string>> Capture::basic_credentials() const
{
    std::optional<std::string> authorization = request.header("Authorization");
    if (!authorization || !authorization->starts_with("Basic "))
        return std::nullopt;
    std::optional<std::string> decoded = base::base64_decode(authorization->substr(6));
    if (!decoded || decoded->find(':') == std::string::npos)
        return std::nullopt;
    std::size_t colon = decoded->find(':');
    return std::pair(decoded->substr(0, colon), decoded->substr(colon + 1));
}

std::vector<FormField> parse_form(std::string_view body)
{
    std::vector<FormField> fields;
    for (const std::string& pair : base::split(body, '&')) {
        if (pair.empty())
            continue;
        std::size_t equals = pair.find('=');
        std::string name = pair.substr(0, equals);
        std::string value = equals == std::string::npos ? std::string() : pair.substr(equals + 1);
        fields.push_back({ base::url_decode(name), base::url_decode(value) });
    }
    return fields;
}

base::Result<Capture> parse_capture(std::string_view name, std::string_view text)
{
    auto request_text = section(text, k_request_marker, k_response_marker);
    auto response_text = section(text, k_response_marker, k_end_marker);
    if (!request_text || !response_text)
        return bad_capture(name, "missing RAW REQUEST / RAW RESPONSE / END markers");
    auto request = parse_message(*request_text);
    auto response = parse_message(*response_text);
    if (!request || !response)
        return bad_capture(name, "a message has no CRLF header block");
    return Capture { std::string(name), std::move(*request), std::move(*response) };
}

base::Result<Capture> read_capture(std::string_view file_name)
{
    std::string path = std::string(k_captures_folder) + "/" + std::string(file_name);
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return bad_capture(file_name, "cannot open " + path + " (run the test from the repository root)");
    std::ostringstream text;
    text << file.rdbuf();
    return parse_capture(file_name, text.str());
}

}

#include "crm-connector/http_transport.h"

#include "base/strings.h"

namespace crm {

std::string encode_form(const std::vector<FormField>& fields)
{
    std::string body;
    for (const FormField& field : fields) {
        if (!body.empty())
            body += '&';
        body += base::url_encode(field.name);
        body += '=';
        body += base::url_encode(field.value);
    }
    return body;
}

namespace {

std::string replace_all(std::string text, std::string_view part, std::string_view replacement)
{
    if (part.empty())
        return text;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + replacement.size()))
        text.replace(at, part.size(), replacement);
    return text;
}

}

std::string hide_secret(std::string text, std::string_view secret)
{
    text = replace_all(std::move(text), secret, "***");
    return replace_all(std::move(text), base::url_encode(secret), "***");
}

}

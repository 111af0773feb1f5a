#include "crm-connector/json_envelope.h"

#include "crm-connector/crm_error.h"
#include "crm-connector/crm_error_mapping.h"

#include <optional>

namespace crm {

namespace {

namespace codes = error_codes;

constexpr int k_max_envelope_starts = 8;

std::optional<Json> parse_envelope(std::string_view text)
{
    Json parsed = Json::parse(text.begin(), text.end(), nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object())
        return std::nullopt;
    auto success = parsed.find("success");
    if (success == parsed.end() || !success->is_boolean())
        return std::nullopt;
    return parsed;
}

// A misconfigured CRM prints PHP warnings or HTML before (or after) the JSON,
// so when the whole body does not parse, try from each '{' (docs/json-api.md, Envelope).
std::optional<Json> find_envelope(std::string_view body)
{
    if (auto envelope = parse_envelope(body))
        return envelope;
    std::size_t last = body.rfind('}');
    std::size_t start = body.find('{');
    for (int attempt = 0; attempt < k_max_envelope_starts && start != std::string_view::npos; ++attempt) {
        if (auto envelope = parse_envelope(body.substr(start)))
            return envelope;
        if (last != std::string_view::npos && last > start) {
            if (auto envelope = parse_envelope(body.substr(start, last - start + 1)))
                return envelope;
        }
        start = body.find('{', start + 1);
    }
    return std::nullopt;
}

base::Error make_error(
    std::string_view code, std::string_view operation, std::string_view text, std::string_view secret)
{
    return base::Error(std::string(code), hide_secret(std::string(operation) + ": " + std::string(text), secret));
}

base::Error not_an_envelope(std::string_view operation, const HttpReply& reply, std::string_view secret)
{
    bool empty = reply.body.find_first_not_of(" \t\r\n") == std::string::npos;
    std::string quoted = empty ? std::string("an empty body") : "\"" + excerpt(reply.body, secret) + "\"";
    bool unavailable = reply.status == 502 || reply.status == 503 || reply.status == 504;
    if (reply.status < 200 || reply.status > 299)
        return make_error(unavailable ? codes::k_unavailable : codes::k_http_status, operation,
            "the CRM answered HTTP " + std::to_string(reply.status) + " with " + quoted
                + " (check the CRM URL, and the CRM's PHP error log)",
            secret);
    return make_error(
        codes::k_bad_envelope, operation, "the CRM's answer is not customer-portal JSON: " + quoted, secret);
}

std::string as_text(const Json& value)
{
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_number_integer())
        return std::to_string(value.get<std::int64_t>());
    if (value.is_null())
        return {};
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

base::Error refusal(std::string_view operation, const Json& envelope, long status, std::string_view secret)
{
    auto error = envelope.find("error");
    if (error == envelope.end() || !error->is_object())
        return make_error(codes::k_crm_error, operation, "the CRM reported a failure without details", secret);
    auto code = error->find("code");
    auto message = error->find("message");
    std::string code_string = code == error->end() ? std::string() : as_text(*code);
    std::string message_string = message == error->end() ? std::string() : as_text(*message);
    std::string_view category = classify_crm_error(code_string, message_string);
    if (category != codes::k_crm_error) {
        std::string text = "the CRM refused: " + message_string;
        // Our client always sends the Basic header, so a 401 means something on
        // the way dropped it (docs/json-api.md, Authentication).
        if (status == 401)
            text += " (the CRM received no HTTP Basic credentials: a proxy or web server in front of it may drop the "
                    "Authorization header)";
        return make_error(category, operation, text, secret);
    }
    return make_error(category, operation, "the CRM answered error " + code_string + ": " + message_string, secret);
}

bool is_utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}

std::string excerpt(std::string_view body, std::string_view secret, std::size_t max_bytes)
{
    std::string text;
    for (char c : hide_secret(std::string(body), secret)) {
        bool blank = static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
        if (!blank)
            text += c;
        else if (!text.empty() && text.back() != ' ')
            text += ' ';
    }
    while (!text.empty() && text.back() == ' ')
        text.pop_back();
    if (text.size() <= max_bytes)
        return text;
    std::size_t cut = max_bytes;
    while (cut > 0 && is_utf8_continuation(text[cut]))
        --cut;
    return text.substr(0, cut) + "…";
}

bool is_failure_without_details(const HttpReply& reply)
{
    std::optional<Json> envelope = find_envelope(reply.body);
    if (!envelope || envelope->at("success").get<bool>())
        return false;
    auto error = envelope->find("error");
    return error == envelope->end() || error->is_null();
}

base::Result<Json> decode_envelope(std::string_view operation, const HttpReply& reply, std::string_view secret)
{
    std::optional<Json> envelope = find_envelope(reply.body);
    if (!envelope)
        return not_an_envelope(operation, reply, secret);
    if (!envelope->at("success").get<bool>())
        return refusal(operation, *envelope, reply.status, secret);
    auto result = envelope->find("result");
    return result == envelope->end() ? Json() : std::move(*result);
}

}

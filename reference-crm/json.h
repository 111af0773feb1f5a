#pragma once

#include "base/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The reference CRM's own small JSON: it must not share the connector's
// library, so that the two sides of the protocol check each other.
namespace refcrm::json {

// A JSON value. Objects keep their members in insertion order, because the
// order of keys is part of what Vtiger's answers look like.
class Value {
public:
    enum class Kind { null, boolean, number, string, array, object };
    using Member = std::pair<std::string, Value>;

    Value() = default;
    Value(std::nullptr_t) { }
    Value(std::string text);
    Value(std::string_view text);
    Value(const char* text);

    static Value boolean(bool flag);
    static Value integer(std::int64_t number);
    // Raw number text, already validated by the caller (the parser).
    static Value number_text(std::string text);
    static Value array();
    static Value object();

    Kind kind() const { return m_kind; }
    bool is_null() const { return m_kind == Kind::null; }
    bool is_string() const { return m_kind == Kind::string; }
    bool is_object() const { return m_kind == Kind::object; }
    bool is_array() const { return m_kind == Kind::array; }

    // Text of a string, the literal text of a number, "true"/"false".
    const std::string& text() const { return m_text; }
    bool as_bool() const { return m_kind == Kind::boolean && m_text == "true"; }

    const std::vector<Value>& items() const { return m_items; }
    const std::vector<Member>& members() const { return m_members; }
    const Value* find(std::string_view key) const;

    Value& push(Value item);
    // Replaces the value of an existing key, keeping its position.
    Value& set(std::string key, Value value);
    // Appends without looking for an existing key (linear time for the
    // parser on hostile input); find() then sees the last one.
    Value& append_member(std::string key, Value value);

private:
    Kind m_kind = Kind::null;
    std::string m_text;
    std::vector<Value> m_items;
    std::vector<Member> m_members;
};

std::string serialize(const Value& value);
void append_quoted(std::string& out, std::string_view text);

// Nesting deeper than this is refused rather than recursed into.
inline constexpr int k_max_depth = 64;

// Strict RFC 8259 parse of a whole document; hostile input yields an Error
// ("json.syntax"), never a crash.
base::Result<Value> parse(std::string_view text);

}

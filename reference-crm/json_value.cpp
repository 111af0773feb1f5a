#include "reference-crm/json.h"

namespace refcrm::json {

Value::Value(std::string text)
    : m_kind(Kind::string)
    , m_text(std::move(text))
{
}

Value::Value(std::string_view text)
    : Value(std::string(text))
{
}

Value::Value(const char* text)
    : Value(std::string(text))
{
}

Value Value::boolean(bool flag)
{
    Value value;
    value.m_kind = Kind::boolean;
    value.m_text = flag ? "true" : "false";
    return value;
}

Value Value::integer(std::int64_t number) { return number_text(std::to_string(number)); }

Value Value::number_text(std::string text)
{
    Value value;
    value.m_kind = Kind::number;
    value.m_text = std::move(text);
    return value;
}

Value Value::array()
{
    Value value;
    value.m_kind = Kind::array;
    return value;
}

Value Value::object()
{
    Value value;
    value.m_kind = Kind::object;
    return value;
}

const Value* Value::find(std::string_view key) const
{
    for (auto member = m_members.rbegin(); member != m_members.rend(); ++member) {
        if (member->first == key)
            return &member->second;
    }
    return nullptr;
}

Value& Value::push(Value item)
{
    m_items.push_back(std::move(item));
    return *this;
}

Value& Value::append_member(std::string key, Value value)
{
    m_members.emplace_back(std::move(key), std::move(value));
    return *this;
}

Value& Value::set(std::string key, Value value)
{
    for (auto& member : m_members) {
        if (member.first == key) {
            member.second = std::move(value);
            return *this;
        }
    }
    m_members.emplace_back(std::move(key), std::move(value));
    return *this;
}

}

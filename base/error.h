#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace base {

// An error is a value: a stable code for tests and logs ("crm.timeout"),
// and a message a person can act on.
class Error {
public:
    Error(std::string code, std::string message)
        : m_code(std::move(code))
        , m_message(std::move(message))
    {
    }

    const std::string& code() const { return m_code; }
    const std::string& message() const { return m_message; }
    bool is(std::string_view code) const { return m_code == code; }

private:
    std::string m_code;
    std::string m_message;
};

}

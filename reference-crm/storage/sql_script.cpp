#include "reference-crm/storage/sql_script.h"

#include "base/strings.h"

namespace refcrm::storage {

namespace {

class ScriptSplitter {
public:
    explicit ScriptSplitter(std::string_view script)
        : m_script(script)
    {
    }

    std::vector<std::string> split()
    {
        while (m_position < m_script.size())
            step();
        finish_statement();
        return std::move(m_statements);
    }

private:
    bool starts_with(std::string_view prefix) const { return m_script.substr(m_position, prefix.size()) == prefix; }

    void step()
    {
        char c = m_script[m_position];
        if (starts_with("--")) {
            skip_until("\n");
        } else if (starts_with("/*")) {
            skip_until("*/");
        } else if (c == '\'' || c == '"' || c == '`') {
            copy_quoted(c);
        } else if (c == ';') {
            ++m_position;
            finish_statement();
        } else {
            m_current += c;
            ++m_position;
        }
    }

    void skip_until(std::string_view end)
    {
        std::size_t found = m_script.find(end, m_position + 2);
        m_position = found == std::string_view::npos ? m_script.size() : found + end.size();
        m_current += ' ';
    }

    // Copies a quoted literal, honouring backslash escapes and doubled quotes.
    void copy_quoted(char quote)
    {
        m_current += m_script[m_position++];
        while (m_position < m_script.size()) {
            char c = m_script[m_position++];
            m_current += c;
            if (c == '\\' && quote != '`' && m_position < m_script.size())
                m_current += m_script[m_position++];
            else if (c == quote)
                return;
        }
    }

    void finish_statement()
    {
        std::string_view trimmed = base::trim(m_current);
        if (!trimmed.empty())
            m_statements.emplace_back(trimmed);
        m_current.clear();
    }

    std::string_view m_script;
    std::size_t m_position = 0;
    std::string m_current;
    std::vector<std::string> m_statements;
};

}

std::vector<std::string> split_sql_statements(std::string_view script) { return ScriptSplitter(script).split(); }

}

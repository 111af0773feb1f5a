#include "base/csv.h"

namespace base {

namespace {

bool starts_like_formula(std::string_view value)
{
    return !value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos;
}

bool needs_quotes(std::string_view value) { return value.find_first_of("\",\r\n") != std::string_view::npos; }

}

std::string csv_cell(std::string_view value)
{
    std::string cell = starts_like_formula(value) ? "'" + std::string(value) : std::string(value);
    if (!needs_quotes(cell))
        return cell;
    std::string quoted = "\"";
    for (char c : cell) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

CsvWriter CsvWriter::with_byte_order_mark()
{
    CsvWriter writer;
    writer.m_text = "\xEF\xBB\xBF";
    return writer;
}

void CsvWriter::add_row(const std::vector<std::string>& cells)
{
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_text += ',';
        m_text += csv_cell(cells[i]);
    }
    m_text += "\r\n";
}

}

#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace base {

// A CSV document as RFC 4180 writes it (CRLF line ends, a field quoted when
// it holds a quote, comma or line break, quotes doubled), safe to open in a
// spreadsheet: a cell that starts like a formula (= + - @ tab, carriage
// return) gets an apostrophe first, so it is shown as text and never run.
class CsvWriter {
public:
    // Starts the document with a UTF-8 byte order mark: without it Excel reads
    // the file in the machine's legacy code page and garbles every accent.
    static CsvWriter with_byte_order_mark();

    void add_row(const std::vector<std::string>& cells);
    const std::string& text() const { return m_text; }

private:
    std::string m_text;
};

// One cell as it appears in the file: neutralised, then quoted if needed.
std::string csv_cell(std::string_view value);

}

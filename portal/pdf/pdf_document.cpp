#include "portal/pdf/pdf_document.h"

#include "portal/pdf/pdf_canvas.h"

#include <algorithm>

namespace portal::pdf {

namespace {

constexpr double k_width = k_page_width - 2 * k_margin;
constexpr double k_bottom = k_page_height - k_margin;
constexpr double k_logo_height = 48.0;
constexpr double k_label_width = 150.0;
constexpr double k_cell_padding = 4.0;

// The first column (the item) takes 30% of the line, the others share the rest.
struct Columns {
    std::vector<double> x;
    std::vector<double> width;
};

Columns columns_of(std::size_t count)
{
    Columns columns;
    double first = count > 1 ? k_width * 0.3 : k_width;
    double other = count > 1 ? (k_width - first) / static_cast<double>(count - 1) : 0;
    for (std::size_t i = 0; i < count; ++i) {
        columns.x.push_back(i == 0 ? 0 : first + other * static_cast<double>(i - 1));
        columns.width.push_back(i == 0 ? first : other);
    }
    return columns;
}

class Writer {
public:
    explicit Writer(Canvas& canvas)
        : m_canvas(canvas)
    {
    }

    void header(const SalesDocument& document)
    {
        if (!document.logo_file.empty()) {
            double height = m_canvas.image(document.logo_file, 0, m_y, k_logo_height);
            m_y += height > 0 ? height + 8 : 0;
        }
        m_y += m_canvas.text(document.company_name, 0, m_y, k_width, Align::start, Style::bold) + 18;
        m_y += m_canvas.text(document.title, 0, m_y, k_width, Align::start, Style::heading) + 4;
        if (!document.subject.empty())
            m_y += m_canvas.text(document.subject, 0, m_y, k_width, Align::start, Style::normal) + 12;
    }

    void labelled(const std::vector<LabelledValue>& rows, double x, double label_width, double value_width)
    {
        for (const auto& [label, value] : rows) {
            make_room(14);
            double label_height = m_canvas.text(label, x, m_y, label_width, Align::start, Style::bold);
            double value_height = m_canvas.text(value, x + label_width, m_y, value_width, Align::start, Style::normal);
            m_y += std::max(label_height, value_height) + 3;
        }
    }

    void details(const SalesDocument& document)
    {
        labelled(document.details, 0, k_label_width, k_width - k_label_width);
        m_y += 12;
    }

    void lines(const SalesDocument& document)
    {
        if (document.columns.empty())
            return;
        Columns columns = columns_of(document.columns.size());
        table_header(document, columns);
        for (const auto& line : document.lines) {
            if (m_y + 28 > k_bottom) {
                m_canvas.new_page();
                m_y = k_margin;
                table_header(document, columns);
            }
            m_y += row(line, columns, Style::normal) + k_cell_padding;
        }
        m_canvas.rule(m_y);
        m_y += 8;
    }

    void totals(const SalesDocument& document)
    {
        // Label and amount on the end side of the page, under the amounts.
        double label_x = k_width * 0.45;
        double label_width = k_width * 0.35;
        for (const auto& [label, value] : document.totals) {
            make_room(14);
            m_canvas.text(label, label_x, m_y, label_width, Align::end, Style::bold);
            double height = m_canvas.text(
                value, label_x + label_width, m_y, k_width - label_x - label_width, Align::end, Style::normal);
            m_y += height + 3;
        }
        m_y += 14;
    }

    void notes(const SalesDocument& document)
    {
        if (document.notes.empty())
            return;
        make_room(30);
        m_canvas.text(document.notes, 0, m_y, k_width, Align::start, Style::small);
    }

private:
    void make_room(double height)
    {
        if (m_y + height <= k_bottom)
            return;
        m_canvas.new_page();
        m_y = k_margin;
    }

    void table_header(const SalesDocument& document, const Columns& columns)
    {
        m_y += row(document.columns, columns, Style::column) + 2;
        m_canvas.rule(m_y);
        m_y += k_cell_padding;
    }

    double row(const std::vector<std::string>& cells, const Columns& columns, Style style)
    {
        double height = 0;
        for (std::size_t i = 0; i < columns.x.size() && i < cells.size(); ++i) {
            double x = columns.x[i] + (i == 0 ? 0 : k_cell_padding);
            double width = columns.width[i] - k_cell_padding;
            Align align = i == 0 ? Align::start : Align::end;
            height = std::max(height, m_canvas.text(cells[i], x, m_y, width, align, style));
        }
        return height;
    }

    Canvas& m_canvas;
    double m_y = k_margin;
};

}

base::Result<std::string> render_sales_document(const SalesDocument& document)
{
    auto canvas = TRY(Canvas::create(document.right_to_left));
    Writer writer(*canvas);
    writer.header(document);
    writer.details(document);
    writer.lines(document);
    writer.totals(document);
    writer.notes(document);
    return canvas->finish();
}

}

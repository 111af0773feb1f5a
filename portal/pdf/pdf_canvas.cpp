#include "portal/pdf/pdf_canvas.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>

namespace portal::pdf {

namespace {

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

const char* font_of(Style style)
{
    switch (style) {
    case Style::bold:
        return "DejaVu Sans Bold 9";
    case Style::heading:
        return "DejaVu Sans Bold 16";
    case Style::small:
        return "DejaVu Sans 7.5";
    case Style::column:
        return "DejaVu Sans Bold 7.5";
    case Style::normal:
        break;
    }
    return "DejaVu Sans 9";
}

// Pango wants valid UTF-8; CRM text is repaired rather than trusted.
std::string valid_utf8(std::string_view text)
{
    gchar* repaired = g_utf8_make_valid(text.data(), static_cast<gssize>(text.size()));
    std::string result(repaired);
    g_free(repaired);
    return result;
}

struct LayoutDeleter {
    void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};

}

Canvas::Canvas(bool right_to_left, std::string* bytes, cairo_surface_t* surface, cairo_t* cairo)
    : m_right_to_left(right_to_left)
    , m_bytes(bytes)
    , m_surface(surface)
    , m_cairo(cairo)
{
}

Canvas::~Canvas()
{
    cairo_destroy(m_cairo);
    cairo_surface_destroy(m_surface);
}

base::Result<std::unique_ptr<Canvas>> Canvas::create(bool right_to_left)
{
    auto bytes = std::make_unique<std::string>();
    cairo_surface_t* surface
        = cairo_pdf_surface_create_for_stream(append_bytes, bytes.get(), k_page_width, k_page_height);
    cairo_t* cairo = cairo_create(surface);
    if (cairo_status(cairo) != CAIRO_STATUS_SUCCESS) {
        std::string reason = cairo_status_to_string(cairo_status(cairo));
        cairo_destroy(cairo);
        cairo_surface_destroy(surface);
        return base::Error("pdf.create", "cannot start a PDF: " + reason);
    }
    return std::unique_ptr<Canvas>(new Canvas(right_to_left, bytes.release(), surface, cairo));
}

double Canvas::page_x(double x, double width) const
{
    return m_right_to_left ? k_page_width - k_margin - x - width : k_margin + x;
}

double Canvas::text(std::string_view text, double x, double y, double width, Align align, Style style)
{
    std::unique_ptr<PangoLayout, LayoutDeleter> layout(pango_cairo_create_layout(m_cairo));
    // Paragraph direction from the document, not guessed per line: a number
    // in an Arabic document stays where the Arabic words would be.
    pango_layout_set_auto_dir(layout.get(), FALSE);
    pango_context_set_base_dir(
        pango_layout_get_context(layout.get()), m_right_to_left ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
    pango_layout_context_changed(layout.get());
    PangoFontDescription* font = pango_font_description_from_string(font_of(style));
    pango_layout_set_font_description(layout.get(), font);
    pango_font_description_free(font);
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    bool left = (align == Align::start) != m_right_to_left;
    pango_layout_set_alignment(layout.get(), left ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
    std::string utf8 = valid_utf8(text);
    pango_layout_set_text(layout.get(), utf8.data(), static_cast<int>(utf8.size()));
    int text_width = 0;
    int text_height = 0;
    pango_layout_get_pixel_size(layout.get(), &text_width, &text_height);
    cairo_set_source_rgb(m_cairo, 0.1, 0.1, 0.1);
    cairo_move_to(m_cairo, page_x(x, width), y);
    pango_cairo_show_layout(m_cairo, layout.get());
    return text_height;
}

double Canvas::image(const std::string& png_file, double x, double y, double max_height)
{
    cairo_surface_t* image = cairo_image_surface_create_from_png(png_file.c_str());
    double height = 0;
    if (cairo_surface_status(image) == CAIRO_STATUS_SUCCESS && cairo_image_surface_get_height(image) > 0) {
        double image_height = cairo_image_surface_get_height(image);
        double scale = std::min(1.0, max_height / image_height);
        double width = cairo_image_surface_get_width(image) * scale;
        height = image_height * scale;
        cairo_save(m_cairo);
        cairo_translate(m_cairo, page_x(x, width), y);
        cairo_scale(m_cairo, scale, scale);
        cairo_set_source_surface(m_cairo, image, 0, 0);
        cairo_paint(m_cairo);
        cairo_restore(m_cairo);
    }
    cairo_surface_destroy(image);
    return height;
}

void Canvas::rule(double y)
{
    cairo_set_source_rgb(m_cairo, 0.6, 0.6, 0.6);
    cairo_set_line_width(m_cairo, 0.6);
    cairo_move_to(m_cairo, k_margin, y);
    cairo_line_to(m_cairo, k_page_width - k_margin, y);
    cairo_stroke(m_cairo);
}

void Canvas::new_page() { cairo_show_page(m_cairo); }

base::Result<std::string> Canvas::finish()
{
    cairo_surface_finish(m_surface);
    cairo_status_t status = cairo_surface_status(m_surface);
    if (status != CAIRO_STATUS_SUCCESS)
        return base::Error("pdf.write", std::string("cannot write the PDF: ") + cairo_status_to_string(status));
    return std::move(*m_bytes);
}

}

#pragma once

#include "base/result.h"

#include <memory>
#include <string>
#include <string_view>

typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;

namespace portal::pdf {

// Sizes in points (1/72 inch) on an A4 page.
inline constexpr double k_page_width = 595.0;
inline constexpr double k_page_height = 842.0;
inline constexpr double k_margin = 48.0;

enum class Align { start, end };
enum class Style { normal, bold, heading, small, column };

// A PDF being drawn, page by page. Positions are measured from the start
// side of the line: the left margin, or the right one for a right-to-left
// document, so the same layout code serves both directions.
class Canvas {
public:
    static base::Result<std::unique_ptr<Canvas>> create(bool right_to_left);
    ~Canvas();
    Canvas(const Canvas&) = delete;
    Canvas& operator=(const Canvas&) = delete;

    // Text wrapped into the box [x, x + width) at y; answers its height.
    double text(std::string_view text, double x, double y, double width, Align align, Style style);
    // A PNG image at most max_height high; answers its height (0 when the
    // file is no readable PNG).
    double image(const std::string& png_file, double x, double y, double max_height);
    void rule(double y);
    void new_page();
    // Ends the document and answers the PDF's bytes.
    base::Result<std::string> finish();

private:
    Canvas(bool right_to_left, std::string* bytes, cairo_surface_t* surface, cairo_t* cairo);
    double page_x(double x, double width) const;

    bool m_right_to_left;
    std::unique_ptr<std::string> m_bytes;
    cairo_surface_t* m_surface;
    cairo_t* m_cairo;
};

}

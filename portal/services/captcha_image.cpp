#include "portal/services/captcha.h"

#include <array>
#include <cstdio>
#include <vector>

namespace portal {

namespace {

constexpr double k_glyph_width = 22;
constexpr double k_glyph_height = 36;
constexpr double k_advance = 34;
constexpr double k_margin = 16;

struct Point {
    double x;
    double y;
};

// Segments a–g of a seven-segment digit as pairs of corners: 0 top left,
// 1 top right, 2 middle left, 3 middle right, 4 bottom left, 5 bottom right.
constexpr std::array<std::array<int, 2>, 7> k_segments { { { 0, 1 }, { 1, 3 }, { 3, 5 }, { 4, 5 }, { 2, 4 }, { 0, 2 },
    { 2, 3 } } };
// Which segments (bit 0 = a … bit 6 = g) each digit lights.
constexpr std::array<int, 10> k_digit_segments { 0x3f, 0x06, 0x5b, 0x4f, 0x66, 0x6d, 0x7d, 0x07, 0x7f, 0x6f };

// xorshift64: a picture must look the same each time its token is shown.
class Noise {
public:
    explicit Noise(std::uint64_t seed)
        : m_state(seed ? seed : 0x9e3779b97f4a7c15ULL)
    {
    }
    double between(double low, double high)
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return low + (high - low) * static_cast<double>(m_state % 10000) / 9999.0;
    }

private:
    std::uint64_t m_state;
};

std::string number(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

std::string line(Noise& noise, Point from, Point to)
{
    return "M" + number(from.x + noise.between(-2, 2)) + " " + number(from.y + noise.between(-2, 2)) + "L"
        + number(to.x + noise.between(-2, 2)) + " " + number(to.y + noise.between(-2, 2));
}

std::vector<std::pair<Point, Point>> strokes_of(char glyph)
{
    double w = k_glyph_width;
    double h = k_glyph_height;
    if (glyph == '+')
        return { { { 2, h / 2 }, { w - 2, h / 2 } }, { { w / 2, h / 2 - 9 }, { w / 2, h / 2 + 9 } } };
    if (glyph == '=')
        return { { { 2, h / 2 - 5 }, { w - 2, h / 2 - 5 } }, { { 2, h / 2 + 5 }, { w - 2, h / 2 + 5 } } };
    const std::array<Point, 6> corners { { { 0, 0 }, { w, 0 }, { 0, h / 2 }, { w, h / 2 }, { 0, h }, { w, h } } };
    std::vector<std::pair<Point, Point>> strokes;
    for (std::size_t segment = 0; segment < k_segments.size(); ++segment) {
        if (k_digit_segments[static_cast<std::size_t>(glyph - '0')] & (1 << segment))
            strokes.push_back({ corners[static_cast<std::size_t>(k_segments[segment][0])],
                corners[static_cast<std::size_t>(k_segments[segment][1])] });
    }
    return strokes;
}

std::string glyph_path(Noise& noise, char glyph, double left, double top)
{
    std::string path;
    for (auto [from, to] : strokes_of(glyph))
        path += line(noise, { left + from.x, top + from.y }, { left + to.x, top + to.y });
    double angle = noise.between(-14, 14);
    return "<path transform=\"rotate(" + number(angle) + " " + number(left + k_glyph_width / 2) + " "
        + number(top + k_glyph_height / 2) + ")\" d=\"" + path + "\"/>";
}

}

std::string captcha_svg(int first, int second, std::uint64_t seed)
{
    Noise noise(seed);
    std::string glyphs = std::to_string(first) + "+" + std::to_string(second) + "=";
    double width = 2 * k_margin + k_advance * static_cast<double>(glyphs.size());
    double height = k_glyph_height + 2 * k_margin;
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + number(width) + "\" height=\""
        + number(height) + "\" viewBox=\"0 0 " + number(width) + " " + number(height) + "\">"
        + "<rect width=\"100%\" height=\"100%\" fill=\"#f4f6f9\"/>"
        + "<g stroke=\"#8a94a3\" stroke-width=\"1.5\" fill=\"none\">";
    for (int i = 0; i < 6; ++i)
        svg += "<path d=\"" + line(noise, { 0, noise.between(0, height) }, { width, noise.between(0, height) })
            + "\"/>";
    svg += "</g><g stroke=\"#1d2430\" stroke-width=\"3.5\" stroke-linecap=\"round\" fill=\"none\">";
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
        double left = k_margin + k_advance * static_cast<double>(i) + noise.between(-3, 3);
        svg += glyph_path(noise, glyphs[i], left, k_margin + noise.between(-4, 4));
    }
    return svg + "</g></svg>";
}

}

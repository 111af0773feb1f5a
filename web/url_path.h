#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace web {

// The segments of a path between '/': "/cases/17x101/" gives {"cases", "17x101"}.
// One trailing slash is ignored; "/" and "" give no segments.
std::vector<std::string_view> split_path(std::string_view path);

}

#include "web/url_path.h"

namespace web {

std::vector<std::string_view> split_path(std::string_view path)
{
    if (!path.empty() && path.front() == '/')
        path.remove_prefix(1);
    if (!path.empty() && path.back() == '/')
        path.remove_suffix(1);
    std::vector<std::string_view> segments;
    if (path.empty())
        return segments;
    while (true) {
        std::size_t slash = path.find('/');
        segments.push_back(path.substr(0, slash));
        if (slash == std::string_view::npos)
            return segments;
        path.remove_prefix(slash + 1);
    }
}

}

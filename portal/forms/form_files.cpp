#include "portal/forms/form_files.h"

#include "portal/views/catalog.h"
#include "portal/views/text.h"

#include <numeric>

namespace portal {

namespace {

constexpr std::size_t k_max_name_bytes = 200;
constexpr std::size_t k_kib = 1024;
constexpr std::size_t k_mib = 1024 * 1024;

// Old browsers send the whole path ("C:\Users\me\report.pdf"); a name may
// also hold control characters meant for a header or a log line.
std::string safe_file_name(std::string_view name)
{
    auto slash = name.find_last_of("/\\");
    if (slash != std::string_view::npos)
        name.remove_prefix(slash + 1);
    std::string safe;
    for (char c : name) {
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F)
            safe += c;
    }
    if (safe.size() > k_max_name_bytes) {
        std::size_t cut = k_max_name_bytes;
        while (cut > 0 && (static_cast<unsigned char>(safe[cut]) & 0xC0) == 0x80)
            --cut;
        safe.resize(cut);
    }
    return safe.empty() || safe == "." || safe == ".." ? "attachment" : safe;
}

}

std::vector<crm::Upload> uploaded_files(const web::HttpRequest& request, std::string_view field)
{
    std::vector<crm::Upload> files;
    for (const auto& file : request.files) {
        if (file.field_name != field || (file.file_name.empty() && file.data.empty()))
            continue;
        files.push_back({ safe_file_name(file.file_name), file.content_type, file.data });
    }
    return files;
}

std::optional<FormProblem> files_problem(const Catalog& words, std::string_view field,
    const std::vector<crm::Upload>& files, bool accepted, std::size_t max_bytes)
{
    if (files.empty())
        return std::nullopt;
    if (!accepted)
        return FormProblem { std::string(field), "ERR_FILES_NOT_ACCEPTED", {} };
    std::size_t total = std::accumulate(files.begin(), files.end(), std::size_t { 0 },
        [](std::size_t sum, const crm::Upload& file) { return sum + file.bytes.size(); });
    if (total <= max_bytes)
        return std::nullopt;
    return FormProblem { std::string(field), "ERR_FILES_TOO_LARGE",
        { { "size", size_text(words, total) }, { "max", size_text(words, max_bytes) } } };
}

std::string size_text(const Catalog& words, std::size_t bytes)
{
    if (bytes >= k_mib) {
        std::size_t tenths = (bytes * 10 + k_mib / 2) / k_mib;
        std::string number = std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
        return words.format("FORMAT_SIZE_MB", { { "size", format_decimal(words, number, tenths % 10 == 0 ? 0 : 1) } });
    }
    return words.format("FORMAT_SIZE_KB", { { "size", std::to_string((bytes + k_kib - 1) / k_kib) } });
}

}

#include "portal/forms/form_files.h"

#include "portal/views/catalog.h"
#include "portal/views/text.h"
#include "web/download.h"

#include <numeric>

namespace portal {

namespace {

constexpr std::size_t k_kib = 1024;
constexpr std::size_t k_mib = 1024 * 1024;

}

std::vector<crm::Upload> uploaded_files(const web::HttpRequest& request, std::string_view field)
{
    std::vector<crm::Upload> files;
    for (const auto& file : request.files) {
        if (file.field_name != field || (file.file_name.empty() && file.data.empty()))
            continue;
        // Old browsers send the whole path ("C:\Users\me\report.pdf").
        files.push_back({ web::clean_file_name(file.file_name, "attachment"), file.content_type, file.data });
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

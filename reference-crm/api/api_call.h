#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace refcrm::api {

// One uploaded file of a multipart POST (the part named "file").
struct ApiFile {
    std::string field_name;
    std::string file_name;
    std::string content_type;
    std::string data;
};

// What the API needs of an HTTP request: the Authorization header and the
// POST form fields. Kept apart from web/ so operations test without a server.
struct ApiCall {
    std::optional<std::string> authorization;
    std::multimap<std::string, std::string> form;
    std::vector<ApiFile> files;

    // The uploaded part named "file", if any.
    const ApiFile* file() const
    {
        for (const auto& candidate : files) {
            if (candidate.field_name == "file")
                return &candidate;
        }
        return nullptr;
    }

    // The first value of a form field.
    std::optional<std::string> field(std::string_view name) const
    {
        auto found = form.find(std::string(name));
        if (found == form.end())
            return std::nullopt;
        return found->second;
    }
};

struct ApiReply {
    int status = 200;
    // Set with status 401: send WWW-Authenticate: Basic realm="Customer Portal".
    bool ask_for_credentials = false;
    std::string body;
};

}

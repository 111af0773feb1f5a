#pragma once

#include "crm-connector/http_transport.h"

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

// libcurl's types stay out of this header.
struct curl_mime;

namespace crm {

struct CurlTransportOptions {
    int connect_timeout_ms = 5000;
    int timeout_ms = 30000; // the whole call, connect included
    bool verify_tls = true;
    std::string ca_file; // PEM bundle; empty: the system's trust store
    std::size_t max_reply_bytes = 64 * 1024 * 1024;
    std::size_t max_idle_handles = 32;
};

// HttpTransport over libcurl. Keeps a pool of easy handles so that worker
// threads reuse kept-alive connections to the CRM: a call takes a handle from
// the free list (or makes one) and gives it back when done.
class CurlTransport final : public HttpTransport {
public:
    static base::Result<std::shared_ptr<CurlTransport>> create(CurlTransportOptions options);
    ~CurlTransport() override;

    base::Result<HttpReply> post_form(const FormPost& post) override;

    struct EasyHandle;

private:
    explicit CurlTransport(CurlTransportOptions options);

    struct MimeDeleter {
        void operator()(curl_mime* mime) const;
    };
    using MimePointer = std::unique_ptr<curl_mime, MimeDeleter>;

    base::Result<HttpReply> post_multipart(const FormPost& post);
    base::Result<HttpReply> perform(EasyHandle& handle, const FormPost& post, int setup_code);
    base::Result<std::unique_ptr<EasyHandle>> take_handle();
    void give_back(std::unique_ptr<EasyHandle> handle);

    const CurlTransportOptions m_options;
    std::mutex m_free_handles_mutex; // guards m_free_handles
    std::vector<std::unique_ptr<EasyHandle>> m_free_handles;
};

}

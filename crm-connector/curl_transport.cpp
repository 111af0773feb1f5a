#include "crm-connector/curl_transport.h"

#include "base/log.h"
#include "crm-connector/crm_error.h"

#include <cctype>
#include <cstring>
#include <curl/curl.h>
#include <fstream>

namespace crm {

namespace codes = error_codes;

struct CurlTransport::EasyHandle {
    CURL* curl = nullptr;
    curl_slist* headers = nullptr;
    char error_buffer[CURL_ERROR_SIZE] = {};
    std::string body;
    std::size_t max_body_bytes = 0;
    bool body_too_large = false;

    EasyHandle() = default;
    EasyHandle(const EasyHandle&) = delete;
    EasyHandle& operator=(const EasyHandle&) = delete;
    ~EasyHandle()
    {
        curl_slist_free_all(headers);
        if (curl)
            curl_easy_cleanup(curl);
    }
};

namespace {

using EasyHandle = CurlTransport::EasyHandle;

const std::string k_default_file_type = "application/octet-stream";

// curl_global_init is not thread-safe: it must run once, before any handle.
CURLcode initialise_curl_once()
{
    static CURLcode result = curl_global_init(CURL_GLOBAL_DEFAULT);
    return result;
}

std::size_t append_body(char* data, std::size_t size, std::size_t count, void* user)
{
    auto* handle = static_cast<EasyHandle*>(user);
    std::size_t bytes = size * count;
    if (handle->body.size() + bytes > handle->max_body_bytes) {
        handle->body_too_large = true;
        return 0;
    }
    handle->body.append(data, bytes);
    return bytes;
}

// Remembers the first failing option, so one check covers a whole setup.
class OptionSetter {
public:
    explicit OptionSetter(CURL* curl)
        : m_curl(curl)
    {
    }

    template<typename Value>
    void set(CURLoption option, Value value)
    {
        CURLcode code = curl_easy_setopt(m_curl, option, value);
        if (m_first_error == CURLE_OK)
            m_first_error = code;
    }
    CURLcode first_error() const { return m_first_error; }

private:
    CURL* m_curl;
    CURLcode m_first_error = CURLE_OK;
};

CURLcode configure(EasyHandle& handle, const CurlTransportOptions& options)
{
    // An empty "Expect:" stops curl from waiting for "100 Continue" on larger forms.
    handle.headers = curl_slist_append(nullptr, "Expect:");
    handle.max_body_bytes = options.max_reply_bytes;
    OptionSetter setter(handle.curl);
    setter.set(CURLOPT_NOSIGNAL, 1L);
    setter.set(CURLOPT_PROTOCOLS_STR, "http,https");
    setter.set(CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options.connect_timeout_ms));
    setter.set(CURLOPT_TIMEOUT_MS, static_cast<long>(options.timeout_ms));
    setter.set(CURLOPT_TCP_KEEPALIVE, 1L);
    setter.set(CURLOPT_ACCEPT_ENCODING, "");
    setter.set(CURLOPT_HTTPHEADER, handle.headers);
    setter.set(CURLOPT_HTTPAUTH, static_cast<long>(CURLAUTH_BASIC));
    setter.set(CURLOPT_ERRORBUFFER, handle.error_buffer);
    setter.set(CURLOPT_WRITEFUNCTION, &append_body);
    setter.set(CURLOPT_WRITEDATA, static_cast<void*>(&handle));
    setter.set(CURLOPT_SSL_VERIFYPEER, options.verify_tls ? 1L : 0L);
    setter.set(CURLOPT_SSL_VERIFYHOST, options.verify_tls ? 2L : 0L);
    if (!options.ca_file.empty())
        setter.set(CURLOPT_CAINFO, options.ca_file.c_str());
    return setter.first_error();
}

base::Result<std::unique_ptr<EasyHandle>> make_handle(const CurlTransportOptions& options)
{
    auto handle = std::make_unique<EasyHandle>();
    handle->curl = curl_easy_init();
    if (!handle->curl)
        return base::Error(std::string(codes::k_cannot_connect), "cannot create a libcurl handle (out of memory?)");
    if (CURLcode code = configure(*handle, options); code != CURLE_OK)
        return base::Error(std::string(codes::k_bad_configuration),
            std::string("libcurl rejected the transport settings: ") + curl_easy_strerror(code));
    return handle;
}

std::string os_error_text(long os_errno)
{
    char buffer[256];
    std::string text = strerror_r(static_cast<int>(os_errno), buffer, sizeof buffer);
    if (!text.empty())
        text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    return text;
}

bool is_tls_failure(CURLcode code)
{
    switch (code) {
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CLIENTCERT:
        return true;
    default:
        return false;
    }
}

std::string connect_failure_detail(CURLcode code, const EasyHandle& handle, const std::string& curl_detail)
{
    if (code == CURLE_COULDNT_RESOLVE_HOST || code == CURLE_COULDNT_RESOLVE_PROXY)
        return "host name not found (" + curl_detail + ")";
    long os_errno = 0;
    curl_easy_getinfo(handle.curl, CURLINFO_OS_ERRNO, &os_errno);
    return os_errno != 0 ? os_error_text(os_errno) : curl_detail;
}

base::Error transport_error(
    CURLcode code, const EasyHandle& handle, const FormPost& post, const CurlTransportOptions& options)
{
    std::string curl_detail = handle.error_buffer[0] ? handle.error_buffer : curl_easy_strerror(code);
    auto error = [&](std::string_view error_code, std::string message) {
        return base::Error(std::string(error_code), hide_secret(std::move(message), post.password));
    };
    if (code == CURLE_COULDNT_CONNECT || code == CURLE_COULDNT_RESOLVE_HOST || code == CURLE_COULDNT_RESOLVE_PROXY)
        return error(codes::k_cannot_connect,
            "cannot reach the CRM at " + post.url + ": " + connect_failure_detail(code, handle, curl_detail));
    if (code == CURLE_OPERATION_TIMEDOUT)
        return error(codes::k_timeout,
            "the CRM at " + post.url + " did not answer in time (connect timeout "
                + std::to_string(options.connect_timeout_ms) + " ms, total " + std::to_string(options.timeout_ms)
                + " ms): " + curl_detail);
    if (is_tls_failure(code))
        return error(codes::k_tls_failure,
            "TLS failure talking to the CRM at " + post.url + ": " + curl_detail
                + " (check the CRM's certificate or the configured CA file)");
    if (code == CURLE_WRITE_ERROR && handle.body_too_large)
        return error(codes::k_bad_envelope,
            "the CRM at " + post.url + " sent an answer larger than " + std::to_string(options.max_reply_bytes)
                + " bytes");
    if (code == CURLE_URL_MALFORMAT || code == CURLE_UNSUPPORTED_PROTOCOL)
        return error(codes::k_bad_configuration, "the CRM URL " + post.url + " is not usable: " + curl_detail);
    return error(codes::k_cannot_connect, "the connection to the CRM at " + post.url + " failed: " + curl_detail);
}

CURLcode add_text_part(curl_mime* mime, const FormField& field)
{
    curl_mimepart* part = curl_mime_addpart(mime);
    if (!part)
        return CURLE_OUT_OF_MEMORY;
    CURLcode code = curl_mime_name(part, field.name.c_str());
    return code != CURLE_OK ? code : curl_mime_data(part, field.value.data(), field.value.size());
}

CURLcode add_file_part(curl_mime* mime, const FilePart& file)
{
    curl_mimepart* part = curl_mime_addpart(mime);
    if (!part)
        return CURLE_OUT_OF_MEMORY;
    const std::string& type = file.content_type.empty() ? k_default_file_type : file.content_type;
    for (CURLcode code :
        { curl_mime_name(part, file.field_name.c_str()), curl_mime_filename(part, file.filename.c_str()),
            curl_mime_type(part, type.c_str()), curl_mime_data(part, file.bytes.data(), file.bytes.size()) }) {
        if (code != CURLE_OK)
            return code;
    }
    return CURLE_OK;
}

CURLcode add_parts(curl_mime* mime, const FormPost& post)
{
    for (const FormField& field : post.fields) {
        if (CURLcode code = add_text_part(mime, field); code != CURLE_OK)
            return code;
    }
    return add_file_part(mime, *post.file);
}

base::Result<void> check_options(const CurlTransportOptions& options)
{
    auto bad
        = [](std::string message) { return base::Error(std::string(codes::k_bad_configuration), std::move(message)); };
    if (options.connect_timeout_ms <= 0 || options.timeout_ms <= 0)
        return bad("the CRM timeouts must be positive numbers of milliseconds");
    if (!options.ca_file.empty() && !std::ifstream(options.ca_file).good())
        return bad("cannot read the CA file " + options.ca_file);
    return {};
}

}

CurlTransport::CurlTransport(CurlTransportOptions options)
    : m_options(std::move(options))
{
}

CurlTransport::~CurlTransport() = default;

void CurlTransport::MimeDeleter::operator()(curl_mime* mime) const { curl_mime_free(mime); }

base::Result<std::shared_ptr<CurlTransport>> CurlTransport::create(CurlTransportOptions options)
{
    TRY(check_options(options));
    if (CURLcode code = initialise_curl_once(); code != CURLE_OK)
        return base::Error(std::string(codes::k_cannot_connect),
            std::string("cannot initialise libcurl: ") + curl_easy_strerror(code));
    if (!options.verify_tls)
        base::log::warning("crm", "TLS certificate verification of the CRM is switched off");
    auto transport = std::shared_ptr<CurlTransport>(new CurlTransport(std::move(options)));
    // Building one handle now turns bad settings into a start-up error.
    transport->give_back(TRY(make_handle(transport->m_options)));
    return transport;
}

base::Result<std::unique_ptr<CurlTransport::EasyHandle>> CurlTransport::take_handle()
{
    {
        std::lock_guard lock(m_free_handles_mutex);
        if (!m_free_handles.empty()) {
            auto handle = std::move(m_free_handles.back());
            m_free_handles.pop_back();
            return handle;
        }
    }
    return make_handle(m_options);
}

void CurlTransport::give_back(std::unique_ptr<EasyHandle> handle)
{
    std::lock_guard lock(m_free_handles_mutex);
    if (m_free_handles.size() < m_options.max_idle_handles)
        m_free_handles.push_back(std::move(handle));
}

base::Result<HttpReply> CurlTransport::post_form(const FormPost& post)
{
    if (post.file)
        return post_multipart(post);
    auto handle = TRY(take_handle());
    std::string form = encode_form(post.fields);
    OptionSetter setter(handle->curl);
    setter.set(CURLOPT_POSTFIELDSIZE, static_cast<long>(form.size()));
    setter.set(CURLOPT_POSTFIELDS, form.c_str());
    base::Result<HttpReply> reply = perform(*handle, post, setter.first_error());
    if (reply.ok())
        give_back(std::move(handle));
    return reply;
}

// Uploads are rare: they use a handle of their own, so that no pooled handle
// keeps a reference to a freed MIME structure.
base::Result<HttpReply> CurlTransport::post_multipart(const FormPost& post)
{
    auto handle = TRY(make_handle(m_options));
    MimePointer mime(curl_mime_init(handle->curl));
    if (!mime)
        return base::Error(std::string(codes::k_cannot_connect), "cannot build a multipart form (out of memory?)");
    CURLcode code = add_parts(mime.get(), post);
    OptionSetter setter(handle->curl);
    setter.set(CURLOPT_MIMEPOST, mime.get());
    base::Result<HttpReply> reply = perform(*handle, post, code != CURLE_OK ? code : setter.first_error());
    handle.reset();
    return reply;
}

base::Result<HttpReply> CurlTransport::perform(EasyHandle& handle, const FormPost& post, int setup_code)
{
    auto setup = static_cast<CURLcode>(setup_code);
    handle.body.clear();
    handle.body_too_large = false;
    handle.error_buffer[0] = '\0';
    OptionSetter setter(handle.curl);
    setter.set(CURLOPT_URL, post.url.c_str());
    setter.set(CURLOPT_USERNAME, post.user.c_str());
    setter.set(CURLOPT_PASSWORD, post.password.c_str());
    if (setup == CURLE_OK)
        setup = setter.first_error();
    CURLcode code = setup != CURLE_OK ? setup : curl_easy_perform(handle.curl);
    // An idle handle in the pool keeps no credentials.
    curl_easy_setopt(handle.curl, CURLOPT_USERNAME, static_cast<char*>(nullptr));
    curl_easy_setopt(handle.curl, CURLOPT_PASSWORD, static_cast<char*>(nullptr));
    if (code != CURLE_OK)
        return transport_error(code, handle, post, m_options);
    long status = 0;
    curl_easy_getinfo(handle.curl, CURLINFO_RESPONSE_CODE, &status);
    return HttpReply { status, std::move(handle.body) };
}

}

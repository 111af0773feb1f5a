#include "reference-crm/http_endpoint.h"

namespace refcrm {

namespace {

api::ApiCall call_from_request(const web::HttpRequest& request)
{
    api::ApiCall call;
    if (auto header = request.headers.find("authorization"); header != request.headers.end())
        call.authorization = header->second;
    if (request.method != "POST")
        return call;
    call.form = request.form;
    for (const auto& file : request.files)
        call.files.push_back({ file.field_name, file.file_name, file.content_type, file.data });
    return call;
}

web::HttpResponse plain(int status, std::string body)
{
    web::HttpResponse response;
    response.status = status;
    response.body = std::move(body);
    response.set_header("Content-Type", "text/plain; charset=UTF-8");
    return response;
}

}

web::HttpResponse handle_http(const api::ApiHandler& handler, web::HttpRequest& request)
{
    if (request.path != k_api_path)
        return plain(404, "Not Found\n");
    if (request.body_too_large)
        return plain(413, "Request body too large\n");
    api::ApiReply reply = handler.handle(call_from_request(request));
    web::HttpResponse response;
    response.status = reply.status;
    response.body = std::move(reply.body);
    response.set_header("Content-Type", "application/json; charset=UTF-8");
    if (reply.ask_for_credentials)
        response.set_header("WWW-Authenticate", "Basic realm=\"Customer Portal\"");
    return response;
}

}

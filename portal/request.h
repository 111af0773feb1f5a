#pragma once

#include "crm-connector/crm_records.h"
#include "portal/session/session_store.h"
#include "portal/views/renderer.h"
#include "web/http_request.h"

#include <map>
#include <memory>
#include <optional>
#include <string>

namespace portal {

// What a customer typed into a form that could not be sent because their
// session had ended: kept for them until they are signed in again and open
// the form's page (see FormDrafts).
struct TypedDraft {
    std::string action; // the path the form posted to: "/cases/17x101/comments"
    std::multimap<std::string, std::string> fields;
    bool had_files = false; // files cannot be kept: they must be chosen again

    bool empty() const { return action.empty(); }
    // The kept value of one field of the form that posted to `path`, or "".
    std::string value(std::string_view path, const std::string& name) const
    {
        auto found = fields.find(name);
        return action == path && found != fields.end() ? found->second : std::string();
    }
};

// One request as the portal's pages see it: the HTTP request and what the
// route wrapper (routes.cpp) worked out once, before any handler runs. A
// handler never looks up the session, checks a CSRF token, picks the language
// or takes a renderer snapshot itself.
struct Request : web::HttpRequest {
    // The signed-in customer: always set on a customer page; nullptr on a
    // page for visitors (sign-in, sign-up, password help).
    std::shared_ptr<Session> session;
    // The language of this request's pages and of the CRM's labels.
    std::string language;
    // The templates and words of this request: one snapshot, so that a reload
    // never changes a page half-way.
    std::shared_ptr<const Renderer> renderer;
    // The record of a "/…/{id}" route, parsed and checked.
    crm::RecordId id;
    // On the page of a form: what was typed before the session ended.
    TypedDraft draft;
    // A visitor form's double-submit token was good (customer forms are
    // refused before the handler when theirs is not).
    bool form_token_valid = false;

    const Catalog& words() const { return renderer->catalog(language); }

    // The record a "{name}" segment of the path names; nullopt when it names
    // none. The wrapper checks {id} so; handlers use it for the others.
    std::optional<crm::RecordId> record_param(std::string_view name) const
    {
        auto id = crm::RecordId::parse(path_param(name));
        return id && !id->is_new() ? id : std::nullopt;
    }
};

}

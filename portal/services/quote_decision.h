#pragma once

#include "base/result.h"
#include "portal/context.h"
#include "portal/services/record_service.h"

#include <string>

namespace portal {

inline constexpr const char* k_quotes_module = "Quotes";

enum class QuoteDecision { accept, decline };

// Whether the customer may accept or decline this quote: the CRM lets the
// customer edit quotes (Vtiger's SaveRecord writes a quote's stage only
// then), describes the stage with Accepted and Rejected among its values,
// and the quote is neither yet.
bool can_decide_quote(const Session& session, const RecordDetail& quote);

// SaveRecord of the quote's stage (Accepted or Rejected), which the CRM
// keeps in the quote's history; a reason for declining becomes a comment on
// the quote where the CRM shows comments on quotes (comment_on_record). A quote already in that
// stage is not written again (a second click is no second write).
base::Result<void> decide_quote(const Context& context, const Session& session, const std::string& language,
    const RecordModule& quotes, const crm::RecordId& id, QuoteDecision decision, const std::string& reason);

}

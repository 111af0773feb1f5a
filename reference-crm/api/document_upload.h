#pragma once

#include "reference-crm/api/operation.h"

namespace refcrm::api {

// SaveRecord of a new document with its multipart "file" (A.2.21, captures
// 102, 131): only editable fields in values, the title from values or the
// "filename" parameter, the file stored, the document linked to the contact
// and to parentId (a case or project in scope, checked before any write).
base::Result<json::Value> upload_document(OperationContext& context, const PortalModule& module);

}

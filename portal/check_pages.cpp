// `portal check --user … --password …`, the pages part: the calls each page
// makes of the CRM, and what the page does with the answers (docs/stock-vtiger.md),
// so an admin learns which pages work fully, which degrade and how, and
// which fail, before the customers do.

#include "portal/check_pages.h"

#include "crm-connector/crm_error.h"

#include <functional>

namespace portal {

namespace {

enum class Verdict { works, degrades, fails, absent };

struct PageReport {
    Verdict verdict = Verdict::works;
    std::vector<std::string> notes;

    void degrade(std::string note)
    {
        if (verdict == Verdict::works)
            verdict = Verdict::degrades;
        notes.push_back(std::move(note));
    }
    void fail(const base::Error& error)
    {
        verdict = Verdict::fails;
        notes.push_back(error.message());
    }
};

struct Probe {
    crm::CrmClient& crm;
    const crm::Credentials& credentials;
    const crm::PortalModules& modules;
};

crm::Scope info_scope(const Probe& probe, const std::string& module)
{
    const auto* info = probe.modules.find(module);
    return info && info->organisation_scope && probe.modules.account ? crm::Scope::all : crm::Scope::mine;
}

crm::RecordsQuery first_records(const Probe& probe, const std::string& module)
{
    crm::RecordsQuery query;
    query.module = module;
    if (const auto* info = probe.modules.find(module))
        query.module_label = info->label;
    query.scope = info_scope(probe, module);
    query.page_limit = 100;
    return query;
}

// Reads the first page of a module's records and its description; records
// what the page has to make up for.
std::optional<crm::RecordPage> list_of(
    const Probe& probe, const std::string& module, PageReport& report, crm::ModuleDescription& description)
{
    auto described = probe.crm.describe_module(probe.credentials, module);
    if (!described.ok()) {
        report.fail(described.error());
        return std::nullopt;
    }
    description = std::move(*described);
    auto page = probe.crm.fetch_records(probe.credentials, first_records(probe, module));
    if (!page.ok()) {
        report.fail(page.error());
        return std::nullopt;
    }
    return std::move(*page);
}

void missing_fields(const crm::ModuleDescription& description, std::initializer_list<const char*> fields,
    const std::string& what, PageReport& report)
{
    std::vector<std::string> missing;
    for (const char* field : fields) {
        if (!description.field(field))
            missing.push_back(field);
    }
    if (missing.empty())
        return;
    std::string names;
    for (const auto& name : missing)
        names += (names.empty() ? "" : ", ") + name;
    report.degrade(what + " not shown (" + names + " not portal fields of " + description.name
        + "; add them under Settings > Customer Portal)");
}

PageReport check_cases(const Probe& probe)
{
    PageReport report;
    crm::ModuleDescription description;
    auto page = list_of(probe, "HelpDesk", report, description);
    if (!page)
        return report;
    missing_fields(description, { "ticket_no", "modifiedtime" }, "case numbers and update times", report);
    if (!page->total_count)
        report.degrade("the CRM counts no cases: the portal reads every page to count them");
    crm::ExportQuery everything { "HelpDesk", {}, crm::Scope::mine, {}, false };
    auto exported = probe.crm.export_records(probe.credentials, everything);
    if (exported.ok() && exported->empty() && !page->records.empty())
        report.degrade("ExportRecords answers nothing: search, open/closed and CSV read every page of FetchRecords");
    return report;
}

PageReport check_knowledge_base(const Probe& probe)
{
    PageReport report;
    crm::ModuleDescription description;
    auto page = list_of(probe, "Faq", report, description);
    if (!page)
        return report;
    missing_fields(description, { "faqcategories" }, "categories", report);
    missing_fields(description, { "createdtime" }, "the newest articles", report);
    if (page->records.empty())
        return report;
    auto article = probe.crm.fetch_record(probe.credentials, page->records.front().id, std::nullopt, "Faq");
    if (!article.ok() && !crm::is_unreachable(article.error()))
        report.degrade("FetchRecord of an FAQ fails (" + article.error().code() + "): articles are read from the list");
    return report;
}

PageReport check_organisation(const Probe& probe)
{
    PageReport report;
    if (!probe.modules.account) {
        report.verdict = Verdict::absent;
        return report;
    }
    auto id = crm::RecordId::parse(probe.modules.account->id);
    auto record = probe.crm.fetch_record(probe.credentials, id.value_or(crm::RecordId {}), std::nullopt, "Accounts");
    if (record.ok())
        return report;
    auto profile = probe.crm.fetch_profile(probe.credentials);
    if (profile.ok() && profile->organisation)
        report.degrade("FetchRecord of the organisation is refused: shown from FetchProfile, without its documents");
    else
        report.fail(record.error());
    return report;
}

PageReport check_profile(const Probe& probe)
{
    PageReport report;
    auto profile = probe.crm.fetch_profile(probe.credentials);
    if (!profile.ok())
        report.fail(profile.error());
    return report;
}

PageReport check_sales(const Probe& probe, const std::string& module)
{
    PageReport report;
    crm::ModuleDescription description;
    auto page = list_of(probe, module, report, description);
    if (!page || page->records.empty())
        return report;
    auto record = probe.crm.fetch_record(probe.credentials, page->records.front().id, std::nullopt, module);
    if (!record.ok()) {
        report.fail(record.error());
        return report;
    }
    if (!crm::line_items(*record) && record->value_of("hdnGrandTotal").empty())
        report.degrade("no amounts or line items are shared: the page says so and offers no PDF");
    const auto* info = probe.modules.find(module);
    if (module == "Quotes" && !(info && info->can_edit))
        report.degrade("accept/decline hidden (quotes are not editable in Settings > Customer Portal)");
    return report;
}

PageReport check_list(const Probe& probe, const std::string& module)
{
    PageReport report;
    crm::ModuleDescription description;
    list_of(probe, module, report, description);
    return report;
}

const char* verdict_word(Verdict verdict)
{
    switch (verdict) {
    case Verdict::works:
        return "works";
    case Verdict::degrades:
        return "degrades";
    case Verdict::fails:
        return "FAILS";
    default:
        return "not offered";
    }
}

}

int check_pages(
    crm::CrmClient& crm, const crm::Credentials& credentials, const crm::PortalModules& modules, std::ostream& out)
{
    Probe probe { crm, credentials, modules };
    struct Page {
        const char* path;
        const char* module; // the module the CRM must offer; nullptr: always
        std::function<PageReport()> check;
    };
    const Page pages[] = {
        { "/cases", "HelpDesk", [&] { return check_cases(probe); } },
        { "/kb", "Faq", [&] { return check_knowledge_base(probe); } },
        { "/documents", "Documents", [&] { return check_list(probe, "Documents"); } },
        { "/profile", nullptr, [&] { return check_profile(probe); } },
        { "/organisation", nullptr, [&] { return check_organisation(probe); } },
        { "/invoices", "Invoice", [&] { return check_sales(probe, "Invoice"); } },
        { "/quotes", "Quotes", [&] { return check_sales(probe, "Quotes"); } },
        { "/products", "Products", [&] { return check_list(probe, "Products"); } },
        { "/services", "Services", [&] { return check_list(probe, "Services"); } },
        { "/projects", "Project", [&] { return check_list(probe, "Project"); } },
        { "/assets", "Assets", [&] { return check_list(probe, "Assets"); } },
    };
    int failures = 0;
    for (const auto& page : pages) {
        PageReport report;
        if (page.module && !modules.find(page.module))
            report.verdict = Verdict::absent;
        else
            report = page.check();
        failures += report.verdict == Verdict::fails;
        out << (report.verdict == Verdict::fails      ? "FAIL"
                : report.verdict == Verdict::degrades ? "warn"
                                                      : "ok  ")
            << " page " << page.path << ": " << verdict_word(report.verdict);
        for (std::size_t i = 0; i < report.notes.size(); ++i)
            out << (i == 0 ? ": " : "; ") << report.notes[i];
        out << "\n";
    }
    return failures == 0 ? 0 : 1;
}

}

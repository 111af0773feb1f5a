#include "portal/pages/home_view.h"

#include "portal/pages/record_text.h"
#include "portal/services/module_pages.h"
#include "portal/views/text.h"

#include <algorithm>
#include <utility>

namespace portal {

namespace {

// The charts' geometry in SVG user units: a label column, then the bars.
constexpr int k_bar_height = 18;
constexpr int k_row_height = 26;
constexpr int k_bars_left = 130;
constexpr int k_bars_width = 150;

std::string module_title(const Session& session, const std::string& module)
{
    const auto* info = session.modules().find(module);
    return info && !info->ui_label.empty() ? decode_html_entities(info->ui_label) : module;
}

void add_shortcuts(ViewData& data, const Catalog& words, const HomePage& home)
{
    ViewData shortcuts;
    for (const auto& module : home.shortcuts) {
        for (const auto& key : module.names) {
            const ShortcutPage* target = shortcut_page(key);
            if (!target || !module_page(module.module))
                continue;
            auto& row = shortcuts.add_row("SHORTCUT");
            row.set("SHORTCUT_URL", std::string(target->url));
            row.set("SHORTCUT_LABEL", words.text(target->word));
        }
    }
    if (!shortcuts.sections.empty())
        data.sections["SHORTCUTS"].push_back(std::move(shortcuts));
}

void add_widget_item(ViewData& widget, const std::string& module, const crm::Record& record)
{
    auto& item = widget.add_row("WIDGET_ITEM");
    std::string label = field_text(record, "label");
    item.set("ITEM_LABEL", label.empty() ? record.id.to_string() : label);
    std::string url = record_url(module, record.id);
    if (url.empty())
        item.show("ITEM_TEXT");
    else
        item.add_row("ITEM_LINK").set("ITEM_URL", url);
    std::string status = field_text(record, "statuslabel");
    if (status.empty())
        status = field_text(record, "status");
    if (!status.empty())
        item.add_row("ITEM_STATUS").set("ITEM_STATUS_TEXT", status);
}

void add_widgets(ViewData& data, const Catalog& words, const Session& session, const HomePage& home)
{
    for (const auto& recent : home.recent) {
        auto& widget = data.add_row("WIDGET");
        widget.set("WIDGET_ID", "widget-" + std::to_string(data.sections["WIDGET"].size()));
        widget.set(
            "WIDGET_TITLE", words.format("LBL_RECENT_RECORDS", { { "module", module_title(session, recent.module) } }));
        for (const auto& record : recent.records)
            add_widget_item(widget, recent.module, record);
        if (recent.records.empty())
            widget.show("WIDGET_EMPTY");
        if (const ModulePage* list = module_page(recent.module))
            widget.add_row("WIDGET_MORE").set("MORE_URL", std::string(list->url));
    }
}

void add_chart(ViewData& data, const std::string& id, const std::string& title, const std::string& column,
    const std::vector<ChartBar>& bars)
{
    auto& chart = data.add_row("CHART");
    chart.set("CHART_ID", id);
    chart.set("CHART_TITLE", title);
    chart.set("CHART_COLUMN", column);
    chart.set("CHART_HEIGHT", std::to_string(std::max<std::size_t>(bars.size(), 1) * k_row_height));
    int most = 1;
    for (const auto& bar : bars)
        most = std::max(most, bar.count);
    int row = 0;
    for (const auto& bar : bars) {
        auto& line = chart.add_row("BAR");
        int width = std::max(2, bar.count * k_bars_width / most);
        line.set("BAR_LABEL", bar.label);
        line.set("BAR_COUNT", std::to_string(bar.count));
        line.set("BAR_Y", std::to_string(row * k_row_height + 2));
        line.set("TEXT_Y", std::to_string(row * k_row_height + 2 + k_bar_height - 4));
        line.set("BAR_X", std::to_string(k_bars_left));
        line.set("BAR_WIDTH", std::to_string(width));
        line.set("COUNT_X", std::to_string(k_bars_left + width + 6));
        line.set("BAR_HEIGHT", std::to_string(k_bar_height));
        ++row;
    }
    if (bars.empty())
        chart.show("CHART_EMPTY");
}

void add_charts(ViewData& data, const Catalog& words, const HomePage& home)
{
    if (!home.case_charts)
        return;
    add_chart(data, "open-by-status", words.text("LBL_OPEN_CASES_BY_STATUS"), words.text("LBL_CASE_STATUS"),
        home.open_by_status);
    add_chart(data, "open-by-priority", words.text("LBL_OPEN_CASES_BY_PRIORITY"), words.text("LBL_CASE_PRIORITY"),
        home.open_by_priority);
}

void add_contact_people(ViewData& data, const Catalog& words, const HomePage& home)
{
    ViewData people;
    for (const auto& person : home.representatives) {
        auto& row = people.add_row("REPRESENTATIVE");
        row.set("REP_NAME", person.name);
        row.set("REP_ROLE", words.text(person.for_organisation ? "LBL_REP_ORGANISATION" : "LBL_REP_CONTACT"));
    }
    constexpr std::pair<const char*, const char*> k_company_fields[] = { { "organizationname", "LBL_COMPANY_NAME" },
        { "phone", "LBL_COMPANY_PHONE" }, { "website", "LBL_COMPANY_WEBSITE" } };
    for (const auto& [field, word] : k_company_fields) {
        std::string value = field_text(home.company, field);
        if (value.empty())
            continue;
        auto& row = people.add_row("COMPANY_FIELD");
        row.set("FIELD_LABEL", words.text(word));
        row.set("FIELD_VALUE", value);
    }
    if (!people.sections.empty())
        data.sections["CONTACT_PEOPLE"].push_back(std::move(people));
}

}

ViewData home_view(const Catalog& words, const Session& session, const HomePage& home)
{
    ViewData data;
    data.set("GREETING", words.format("LBL_GREETING", { { "name", session.modules().contact.label } }));
    if (home.missing_parts > 0)
        data.show("PARTS_MISSING");
    if (!home.announcement.empty())
        data.add_row("ANNOUNCEMENT").set("ANNOUNCEMENT_TEXT", decode_html_entities(home.announcement));
    add_shortcuts(data, words, home);
    add_widgets(data, words, session, home);
    add_charts(data, words, home);
    add_contact_people(data, words, home);
    return data;
}

}

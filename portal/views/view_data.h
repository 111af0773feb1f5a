#pragma once

#include <map>
#include <string>
#include <vector>

namespace portal {

// A plain view model: named values and repeated sections, no template library
// types, so handlers build it and tests read it without ctemplate.
struct ViewData {
    std::map<std::string, std::string> values;
    std::map<std::string, std::vector<ViewData>> sections;
    // Set on a row that is a template of its own, included where the page
    // names the section with {{>NAME}} ("form_fields" for form_fields.tpl).
    std::string include_template;

    ViewData& set(const std::string& name, std::string value)
    {
        values[name] = std::move(value);
        return *this;
    }
    ViewData& add_row(const std::string& section) { return sections[section].emplace_back(); }
    // Shows a section once, with no values of its own.
    void show(const std::string& section) { add_row(section); }
};

}

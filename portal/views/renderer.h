#pragma once

#include "base/result.h"
#include "portal/views/catalog.h"
#include "portal/views/view_data.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ctemplate {
class TemplateCache;
class TemplateDictionary;
}

namespace portal {

struct RendererOptions {
    std::string root; // folder holding themes/ and lang/
    std::string theme; // folder under themes/; missing templates come from themes/default
    std::string default_language;
    std::map<std::string, std::string> site_values; // COMPANY_NAME, LOGO_URL, … for every page
    std::string company_stylesheet; // URL linked after the theme's css; empty: none
};

// Expands a page template inside the theme's layout.tpl, with the words of one
// language. Every template is loaded and checked at start-up and the cache is
// frozen, so rendering never reads the disk and is safe from many threads.
class Renderer {
public:
    static base::Result<std::unique_ptr<Renderer>> create(RendererOptions options);
    ~Renderer();

    std::string render(std::string_view page, const ViewData& data, std::string_view language) const;
    const Catalog& catalog(std::string_view language) const;
    // The codes of every language file, sorted ("de_de", "en_us", …).
    std::vector<std::string> languages() const;
    const std::string& default_language() const { return m_options.default_language; }
    // The folder holding themes/ and lang/, and a value every page gets
    // (COMPANY_NAME, LOGO_URL …; empty when unknown), for output that is no page.
    const std::string& root() const { return m_options.root; }
    std::string site_value(const std::string& name) const
    {
        auto found = m_options.site_values.find(name);
        return found == m_options.site_values.end() ? std::string() : found->second;
    }

private:
    explicit Renderer(RendererOptions options);
    base::Result<void> load_templates();
    base::Result<void> load_catalogs();
    std::string template_path(std::string_view page) const;
    void fill_page(ctemplate::TemplateDictionary& dictionary, const ViewData& data, std::string_view language) const;
    void fill(ctemplate::TemplateDictionary& dictionary, const ViewData& data, std::string_view language) const;

    RendererOptions m_options;
    std::unique_ptr<ctemplate::TemplateCache> m_cache;
    std::map<std::string, std::string, std::less<>> m_paths; // page name → file
    std::map<std::string, Catalog, std::less<>> m_catalogs;
};

}

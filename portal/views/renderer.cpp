#include "portal/views/renderer.h"

#include "base/log.h"
#include "portal/views/language_choice.h"

#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>

#include <filesystem>

namespace portal {

namespace {

namespace fs = std::filesystem;

constexpr auto k_strip = ctemplate::STRIP_BLANK_LINES;

// themes/<theme>/templates/*.tpl, by page name ("login" for login.tpl).
std::map<std::string, std::string, std::less<>> templates_in(const fs::path& folder)
{
    std::map<std::string, std::string, std::less<>> found;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        if (entry.path().extension() == ".tpl")
            found[entry.path().stem().string()] = entry.path().string();
    }
    return found;
}

}

Renderer::Renderer(RendererOptions options)
    : m_options(std::move(options))
    , m_cache(std::make_unique<ctemplate::TemplateCache>())
{
}

Renderer::~Renderer() = default;

base::Result<std::unique_ptr<Renderer>> Renderer::create(RendererOptions options)
{
    std::unique_ptr<Renderer> renderer(new Renderer(std::move(options)));
    TRY(renderer->load_templates());
    TRY(renderer->load_catalogs());
    return renderer;
}

base::Result<void> Renderer::load_templates()
{
    fs::path themes = fs::path(m_options.root) / "themes";
    if (!fs::is_directory(themes / m_options.theme))
        return base::Error("theme.missing",
            "there is no theme '" + m_options.theme + "': no folder " + (themes / m_options.theme).string());
    m_paths = templates_in(themes / "default" / "templates");
    for (auto& [page, path] : templates_in(themes / m_options.theme / "templates"))
        m_paths[page] = path;
    if (m_paths.find("layout") == m_paths.end())
        return base::Error("theme.incomplete", "no layout.tpl in the theme or in themes/default/templates");
    for (const auto& [page, path] : m_paths) {
        if (!m_cache->LoadTemplate(path, k_strip))
            return base::Error("theme.template",
                "the template " + path
                    + " has an error (the template engine's line before this one gives the line); fix it and reload");
    }
    m_cache->Freeze();
    return {};
}

base::Result<void> Renderer::load_catalogs()
{
    fs::path folder = fs::path(m_options.root) / "lang";
    Catalog fallback = TRY(Catalog::load((folder / "en_us.lang").string()));
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        if (entry.path().extension() != ".lang")
            continue;
        Catalog catalog = TRY(Catalog::load(entry.path().string()));
        m_catalogs.emplace(entry.path().stem().string(), catalog.with_fallback(fallback));
    }
    if (m_catalogs.find(m_options.default_language) == m_catalogs.end())
        return base::Error("lang.missing",
            "no language file lang/" + m_options.default_language + ".lang for the configured $language");
    return {};
}

std::vector<std::string> Renderer::languages() const
{
    std::vector<std::string> codes;
    for (const auto& [code, catalog] : m_catalogs)
        codes.push_back(code);
    return codes;
}

const Catalog& Renderer::catalog(std::string_view language) const
{
    auto found = m_catalogs.find(language);
    if (found == m_catalogs.end())
        found = m_catalogs.find(m_options.default_language);
    return found->second;
}

std::string Renderer::template_path(std::string_view page) const
{
    auto found = m_paths.find(page);
    return found == m_paths.end() ? std::string() : found->second;
}

// ctemplate's include dictionaries do not see their parent's values, so the
// layout and the page each get the words, the site values and the page data.
void Renderer::fill_page(
    ctemplate::TemplateDictionary& dictionary, const ViewData& data, std::string_view language) const
{
    for (const auto& [key, text] : catalog(language).texts())
        dictionary.SetValue(key, text);
    for (const auto& [name, value] : m_options.site_values)
        dictionary.SetValue(name, value);
    dictionary.SetValue("LANGUAGE", html_language_tag(language));
    if (!m_options.company_stylesheet.empty())
        dictionary.SetValueAndShowSection("COMPANY_STYLESHEET_URL", m_options.company_stylesheet, "COMPANY_STYLESHEET");
    fill(dictionary, data, language);
}

void Renderer::fill(ctemplate::TemplateDictionary& dictionary, const ViewData& data, std::string_view language) const
{
    for (const auto& [name, value] : data.values)
        dictionary.SetValue(name, value);
    for (const auto& [name, rows] : data.sections) {
        for (const auto& row : rows) {
            if (row.include_template.empty()) {
                fill(*dictionary.AddSectionDictionary(name), row, language);
                continue;
            }
            auto* included = dictionary.AddIncludeDictionary(name);
            included->SetFilename(template_path(row.include_template));
            fill_page(*included, row, language);
        }
    }
}

std::string Renderer::render(std::string_view page, const ViewData& data, std::string_view language) const
{
    ctemplate::TemplateDictionary dictionary("page");
    fill_page(dictionary, data, language);
    std::string content_path = template_path(page);
    if (content_path.empty())
        base::log::error("views", "no template for page '" + std::string(page) + "'");
    auto* content = dictionary.AddIncludeDictionary("CONTENT");
    content->SetFilename(content_path);
    fill_page(*content, data, language);
    std::string out;
    m_cache->ExpandWithData(template_path("layout"), k_strip, &dictionary, nullptr, &out);
    return out;
}

}

#include "portal/views/views.h"

namespace portal {

base::Result<std::unique_ptr<Views>> Views::create(RendererOptions options)
{
    std::shared_ptr<const Renderer> renderer = TRY(Renderer::create(std::move(options)));
    return std::unique_ptr<Views>(new Views(std::move(renderer)));
}

std::shared_ptr<const Renderer> Views::current() const
{
    std::lock_guard lock(m_mutex);
    return m_renderer;
}

base::Result<void> Views::reload(RendererOptions options)
{
    std::shared_ptr<const Renderer> renderer = TRY(Renderer::create(std::move(options)));
    std::lock_guard lock(m_mutex);
    m_renderer = std::move(renderer);
    return {};
}

}

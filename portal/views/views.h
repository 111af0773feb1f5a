#pragma once

#include "base/result.h"
#include "portal/views/renderer.h"

#include <memory>
#include <mutex>

namespace portal {

// The current set of templates and words, replaceable while the portal runs
// (`portalctl reload`, SIGHUP). A request takes one snapshot and keeps it, so
// a reload never changes a page half-way; a set that fails to load is refused
// and the last good one stays.
class Views {
public:
    static base::Result<std::unique_ptr<Views>> create(RendererOptions options);

    std::shared_ptr<const Renderer> current() const;
    base::Result<void> reload(RendererOptions options);

private:
    explicit Views(std::shared_ptr<const Renderer> renderer)
        : m_renderer(std::move(renderer))
    {
    }

    mutable std::mutex m_mutex;
    std::shared_ptr<const Renderer> m_renderer;
};

}

#pragma once

// Test support: an HttpTransport that records what the client posts and
// answers with canned replies, in order (the last one repeats).

#include "crm-connector/http_transport.h"

#include <deque>
#include <mutex>

namespace crm::testing {

class FakeTransport final : public HttpTransport {
public:
    explicit FakeTransport(base::Result<HttpReply> reply) { m_replies.push_back(std::move(reply)); }

    void then_answer(base::Result<HttpReply> reply)
    {
        std::lock_guard lock(m_mutex);
        m_replies.push_back(std::move(reply));
    }

    base::Result<HttpReply> post_form(const FormPost& post) override
    {
        std::lock_guard lock(m_mutex);
        m_posts.push_back(post);
        base::Result<HttpReply> reply = m_replies.front();
        if (m_replies.size() > 1)
            m_replies.pop_front();
        return reply;
    }

    std::vector<FormPost> posts() const
    {
        std::lock_guard lock(m_mutex);
        return m_posts;
    }
    FormPost last_post() const
    {
        std::lock_guard lock(m_mutex);
        return m_posts.back();
    }

private:
    mutable std::mutex m_mutex; // guards everything below
    std::deque<base::Result<HttpReply>> m_replies;
    std::vector<FormPost> m_posts;
};

}

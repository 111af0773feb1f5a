#pragma once

#include "base/error.h"

#include <cassert>
#include <optional>
#include <utility>
#include <variant>

namespace base {

// A value or an Error. g++ 12 has no std::expected, so this is the small
// subset we need: construct from either, test, and take.
template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_storage(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_storage(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_storage.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() &
    {
        assert(ok());
        return std::get<0>(m_storage);
    }
    const T& value() const&
    {
        assert(ok());
        return std::get<0>(m_storage);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<0>(std::move(m_storage));
    }
    const Error& error() const
    {
        assert(!ok());
        return std::get<1>(m_storage);
    }
    Error release_error() { return std::get<1>(std::move(m_storage)); }
    T release_value() { return std::get<0>(std::move(m_storage)); }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }

private:
    std::variant<T, Error> m_storage;
};

template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::in_place, std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const
    {
        assert(!ok());
        return *m_error;
    }
    Error release_error() { return std::move(*m_error); }
    void release_value() { }

private:
    std::optional<Error> m_error;
};

}

// Evaluates a Result expression; on error returns the error from the
// enclosing function, otherwise yields the value (GNU statement expression).
#define TRY(expression)                                                                                                \
    ({                                                                                                                 \
        auto _try_result = (expression);                                                                               \
        if (!_try_result.ok())                                                                                         \
            return _try_result.release_error();                                                                        \
        _try_result.release_value();                                                                                   \
    })

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <type_traits>
#include <utility>
#include <variant>

namespace cardinal {

//! Wraps an Error so that `return fail(...)` converts into any Result<T>.
struct Failure
{
    Error error;
};

//! Builds a failure for `return` statements: `return fail(ErrorCode::TooLarge, u"..."_s);`
[[nodiscard]] inline Failure fail(ErrorCode code, QString detail = {})
{
    return Failure{Error{code, std::move(detail)}};
}
[[nodiscard]] inline Failure fail(Error error)
{
    return Failure{std::move(error)};
}

//! A value or the Error explaining its absence, shaped like C++23 std::expected
//! (g++ 12 has no <expected> in C++20 mode). Never an empty value meaning "failed".
//!
//!     Result<Card> card = decodeCard(bytes);
//!     if (!card) return fail(card.error());
//!     use(*card);
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Failure failure) : m_state(std::in_place_index<1>, std::move(failure.error)) {}

    [[nodiscard]] bool hasValue() const noexcept { return m_state.index() == 0; }
    explicit operator bool() const noexcept { return hasValue(); }

    //! The value; only valid when hasValue().
    [[nodiscard]] T &value() & { return std::get<0>(m_state); }
    [[nodiscard]] const T &value() const & { return std::get<0>(m_state); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_state)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    //! The value, or `fallback` after a failure (whose reason is then dropped: only for
    //! callers that have nothing better to do with it).
    [[nodiscard]] T value_or(T fallback) const &
    {
        return hasValue() ? value() : std::move(fallback);
    }

    //! The error; only valid when !hasValue().
    [[nodiscard]] const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

//! Success without a value, or an Error.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure) : m_error(std::move(failure.error)), m_failed(true) {}

    [[nodiscard]] bool hasValue() const noexcept { return !m_failed; }
    explicit operator bool() const noexcept { return hasValue(); }
    [[nodiscard]] const Error &error() const { return m_error; }

private:
    Error m_error{ErrorCode::InvalidArgument, {}};
    bool m_failed = false;
};

} // namespace cardinal

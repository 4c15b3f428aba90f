// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Copydesk {

// A value or a message an editor can read. Core functions never throw across library
// boundaries; they return Result<T> and the caller decides how to tell the user.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value: a reference into a temporary Result would dangle in a range-for.
    T value() && { return std::move(*m_value); }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

struct Ok
{
};

// Result<void> spelled as Result<Ok> so both share one implementation.
using Status = Result<Ok>;

inline Status success() { return Status(Ok{}); }
inline Status failure(QString message) { return Status::failure(std::move(message)); }

} // namespace Copydesk

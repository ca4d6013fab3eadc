// The one failure shape of the project: a value or an error, with std::expected's names.
// clang-tidy 14 cannot see std::expected, so this small type stands in for it.
#pragma once

#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace kiosk {

// Where in a file something is, 1-based as compilers print it.
struct SourcePos {
    std::string file;
    int line = 0;    // 1-based; 0 means the whole file
    int column = 0;  // 1-based; 0 means the whole line
};

// The default error: what went wrong, and where in a file when the failure is about one.
struct Error {
    std::string message;
    std::optional<SourcePos> pos;
};

// "file:12:9: message", or the message alone when the error has no position.
std::string format_error(const Error& e);

template <typename E>
struct Unexpected {
    E error;
};

// `return unexpected("why");` fails any Result whose error can be made from the argument.
template <typename E>
Unexpected<std::decay_t<E>> unexpected(E&& error) {
    return Unexpected<std::decay_t<E>>{std::forward<E>(error)};
}

namespace detail {

// A message becomes an Error without a position; any other error type is converted as it is.
template <typename E, typename U>
E make_error(U&& error) {
    if constexpr (std::is_same_v<E, Error> && !std::is_same_v<std::decay_t<U>, Error> &&
                  std::is_convertible_v<U, std::string>) {
        return Error{.message = std::string(std::forward<U>(error)), .pos = std::nullopt};
    } else {
        return E(std::forward<U>(error));
    }
}

}  // namespace detail

template <typename T, typename E = Error>
class [[nodiscard]] Result {
public:
    Result(T value) : data_(std::in_place_index<0>, std::move(value)) {}
    template <typename U>
    Result(Unexpected<U> error) : data_(std::in_place_index<1>, detail::make_error<E>(std::move(error.error))) {}

    bool has_value() const { return data_.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T& value() & { return std::get<0>(data_); }
    const T& value() const& { return std::get<0>(data_); }
    T&& value() && { return std::get<0>(std::move(data_)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T&& operator*() && { return std::move(*this).value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    template <typename U>
    T value_or(U&& fallback) const& {
        return has_value() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

    E& error() & { return std::get<1>(data_); }
    const E& error() const& { return std::get<1>(data_); }
    E&& error() && { return std::get<1>(std::move(data_)); }

private:
    std::variant<T, E> data_;
};

// The void form: success carries nothing, so `return {};` succeeds.
template <typename E>
class [[nodiscard]] Result<void, E> {
public:
    Result() = default;
    template <typename U>
    Result(Unexpected<U> error) : error_(detail::make_error<E>(std::move(error.error))) {}

    bool has_value() const { return !error_.has_value(); }
    explicit operator bool() const { return has_value(); }
    void value() const {}

    E& error() & { return *error_; }
    const E& error() const& { return *error_; }
    E&& error() && { return *std::move(error_); }

private:
    std::optional<E> error_;
};

// For functions that only succeed or fail.
using Status = Result<void>;

}  // namespace kiosk

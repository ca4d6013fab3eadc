// A small expected-like result type: a value or an error, with std::expected's names.
#pragma once

#include <utility>
#include <variant>

namespace kiosk {

template <typename E>
struct Unexpected {
    E error;
};

template <typename E>
Unexpected<E> unexpected(E error) { return Unexpected<E>{std::move(error)}; }

template <typename T, typename E>
class Result {
public:
    Result(T value) : data_(std::in_place_index<0>, std::move(value)) {}
    template <typename U>
    Result(Unexpected<U> error) : data_(std::in_place_index<1>, E(std::move(error.error))) {}

    bool has_value() const { return data_.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T& value() & { return std::get<0>(data_); }
    const T& value() const& { return std::get<0>(data_); }
    T&& value() && { return std::get<0>(std::move(data_)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    E& error() & { return std::get<1>(data_); }
    const E& error() const& { return std::get<1>(data_); }

private:
    std::variant<T, E> data_;
};

}  // namespace kiosk

// Tests of Result, its default Error with an optional position, and the void form Status.
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "kiosk/base/diagnostic.h"
#include "kiosk/base/result.h"

using namespace kiosk;

namespace {

Result<int> half(int n) {
    if (n % 2 != 0) return unexpected(std::to_string(n) + " is odd");
    return n / 2;
}

Status check_positive(int n) {
    if (n <= 0) return unexpected("not positive");
    return {};
}

// A domain error that carries more than a message stays as it is.
struct HttpFailure {
    int status = 0;
};

Result<std::string, HttpFailure> fetch(bool found) {
    if (!found) return unexpected(HttpFailure{.status = 404});
    return std::string("body");
}

}  // namespace

TEST_CASE("result: a value reads back through value(), * and ->") {
    const auto r = half(8);
    REQUIRE(r.has_value());
    CHECK(r);
    CHECK(r.value() == 4);
    CHECK(*r == 4);
    const Result<std::string> text = std::string("kiosk");
    CHECK(text->size() == 5);
}

TEST_CASE("result: unexpected with a message fails with an Error that holds it and no position") {
    const auto r = half(7);
    REQUIRE_FALSE(r.has_value());
    CHECK_FALSE(r);
    CHECK(r.error().message == "7 is odd");
    CHECK_FALSE(r.error().pos.has_value());
    CHECK(format_error(r.error()) == "7 is odd");
}

TEST_CASE("result: an error with a position prints it as compilers do") {
    const Error at_column{.message = "unknown key 'titel'",
                          .pos = SourcePos{.file = "event.yaml", .line = 3, .column = 5}};
    CHECK(format_error(at_column) == "event.yaml:3:5: unknown key 'titel'");
    const Error at_line{.message = "too long", .pos = SourcePos{.file = "event.yaml", .line = 3, .column = 0}};
    CHECK(format_error(at_line) == "event.yaml:3: too long");
    const Error whole_file{.message = "no such file", .pos = SourcePos{.file = "event.yaml", .line = 0, .column = 0}};
    CHECK(format_error(whole_file) == "event.yaml: no such file");
}

TEST_CASE("result: an Error passed to unexpected keeps its position") {
    const Result<int> r = unexpected(Error{.message = "bad", .pos = SourcePos{.file = "f", .line = 1, .column = 2}});
    REQUIRE_FALSE(r);
    REQUIRE(r.error().pos.has_value());
    CHECK(r.error().pos->line == 1);
    CHECK(r.error().pos->column == 2);
}

TEST_CASE("result: Status succeeds with {} and fails with unexpected") {
    const Status ok = check_positive(1);
    CHECK(ok);
    CHECK(ok.has_value());
    const Status failed = check_positive(0);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message == "not positive");
}

TEST_CASE("result: a Status can be set again, to a failure and back") {
    Status s;
    CHECK(s);
    s = unexpected("first");
    REQUIRE_FALSE(s);
    CHECK(s.error().message == "first");
    s = check_positive(2);
    CHECK(s);
}

TEST_CASE("result: an error type of its own is kept as it is") {
    const auto missing = fetch(false);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().status == 404);
    const auto found = fetch(true);
    REQUIRE(found);
    CHECK(*found == "body");
}

TEST_CASE("result: a move-only value and the error can be moved out") {
    Result<std::unique_ptr<int>> owned = std::make_unique<int>(5);
    REQUIRE(owned);
    const std::unique_ptr<int> taken = std::move(owned).value();
    CHECK(*taken == 5);
    Result<int> failed = unexpected("gone");
    const Error error = std::move(failed).error();
    CHECK(error.message == "gone");
}

TEST_CASE("result: value_or gives the fallback only on failure") {
    CHECK(half(6).value_or(-1) == 3);
    CHECK(half(5).value_or(-1) == -1);
}

TEST_CASE("diagnostic: an error becomes a diagnostic with its position, and back") {
    const Error e{.message = "must be a list", .pos = SourcePos{.file = "rules.yaml", .line = 2, .column = 3}};
    const Diagnostic d = to_diagnostic(e);
    CHECK(format_diagnostic(d) == "rules.yaml:2:3: error: must be a list");
    const Error back = to_error(d);
    CHECK(format_error(back) == "rules.yaml:2:3: must be a list");
    CHECK(format_diagnostic(to_diagnostic(e, Severity::Warning)) == "rules.yaml:2:3: warning: must be a list");
}

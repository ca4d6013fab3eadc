// Shared helpers for the content tests: loading inline YAML and finding diagnostics in the result.
#pragma once

#include <string>
#include <string_view>

#include "kiosk/content/content_loader.h"

namespace kiosk::test {

// The smallest valid head of a content file: three lines, so a test's own lines start at line 4.
inline constexpr std::string_view kEventHead = "event:\n  title: Test\n  time_zone: Europe/London\n";

// `rest` after kEventHead, so its first line is line 4.
std::string with_head(std::string_view rest);

// Loads `yaml` as if read from "test.yaml", with no file system checks.
LoadResult load_yaml(std::string_view yaml, const LoadOptions& options = {});

// True when a diagnostic of `severity` at `line`:`column` contains `fragment`.
bool has_diagnostic(const LoadResult& r, Severity severity, int line, int column, std::string_view fragment);

// Every diagnostic, one per line, for test failure messages.
std::string listing(const LoadResult& r);

// "2023-10-09 16:30" read as UTC.
Instant utc(const std::string& text);

}  // namespace kiosk::test

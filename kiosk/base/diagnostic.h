// Errors and warnings about a file, located by 1-based line and column as compilers print them.
#pragma once

#include <string>
#include <vector>

#include "kiosk/base/result.h"

namespace kiosk {

enum class Severity { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    SourcePos pos;
    std::string message;
};

using Diagnostics = std::vector<Diagnostic>;

// "file:12:9: error: message"
std::string format_diagnostic(const Diagnostic& d);
// "2 errors, 1 warning"
std::string summarise(const Diagnostics& ds);
int count(const Diagnostics& ds, Severity s);
bool has_errors(const Diagnostics& ds);
// The first error as format_diagnostic writes it, or "the document did not load" when there is none.
std::string first_error(const Diagnostics& ds);

// The same failure as a Result's error, keeping its position, and back.
Error to_error(const Diagnostic& d);
Diagnostic to_diagnostic(const Error& e, Severity severity = Severity::Error);

}  // namespace kiosk

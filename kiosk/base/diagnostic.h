// Errors and warnings about a file, located by 1-based line and column as compilers print them.
#pragma once

#include <string>
#include <vector>

namespace kiosk {

struct SourcePos {
    std::string file;
    int line = 0;    // 1-based; 0 means the whole file
    int column = 0;  // 1-based; 0 means the whole line
};

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

}  // namespace kiosk

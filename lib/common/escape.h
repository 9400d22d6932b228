// Printing user-supplied words and kernel-supplied names safely.
#pragma once

#include <string>
#include <string_view>

namespace solnet {

// Returns s with control and non-ASCII bytes written as \xNN and a
// backslash doubled, so that an error message naming a hostile argument
// stays one readable, unambiguous line.
std::string printable(std::string_view s);

// Text about to reach a terminal: every byte outside printable ASCII but
// newline and tab written as \xNN, the way `ls -b` and iproute2 show such
// names, so that a link or host name cannot move the cursor, recolour or
// retitle the screen. Backslashes stay: text already made printable()
// comes through unchanged.
std::string terminal_safe(std::string_view s);

// True when terminal_safe(s) would be s: most output, written as it is.
bool is_terminal_safe(std::string_view s);

}  // namespace solnet

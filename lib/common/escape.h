// Printing user-supplied words safely in messages.
#pragma once

#include <string>
#include <string_view>

namespace solnet {

// Returns s with control and non-ASCII bytes written as \xNN, so that an
// error message naming a hostile argument stays one readable line.
std::string printable(std::string_view s);

}  // namespace solnet

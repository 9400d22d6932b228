// printf-style formatting into a std::string, for renderers that must match
// C tools' column layouts byte for byte.
#pragma once

#include <string>

namespace solnet {

std::string printf_text(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

}  // namespace solnet

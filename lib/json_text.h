// Serialising JSON documents for output.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace solnet {

// One line, newline-terminated. Bytes that are not UTF-8 (Linux names may
// hold any) become U+FFFD instead of aborting the output.
std::string json_text(const nlohmann::json& j);

}  // namespace solnet

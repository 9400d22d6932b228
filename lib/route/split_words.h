// Splitting text files into lines, and lines into blank-separated words.
#pragma once

#include <string_view>
#include <vector>

namespace solnet {

// The lines of a text, without their newlines; no empty last line for a
// text that ends in a newline.
std::vector<std::string_view> split_lines(std::string_view text);

// Words separated by spaces, tabs or carriage returns.
std::vector<std::string_view> split_words(std::string_view line);

}  // namespace solnet

#include "lib/route/split_words.h"

namespace solnet {

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> out;
  while (!text.empty()) {
    auto nl = text.find('\n');
    out.push_back(text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
  }
  return out;
}

std::vector<std::string_view> split_words(std::string_view line) {
  constexpr std::string_view kBlanks = " \t\r";
  std::vector<std::string_view> out;
  std::size_t i = line.find_first_not_of(kBlanks);
  while (i != std::string_view::npos) {
    std::size_t end = line.find_first_of(kBlanks, i);
    out.push_back(line.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i));
    i = end == std::string_view::npos ? end : line.find_first_not_of(kBlanks, end);
  }
  return out;
}

}  // namespace solnet

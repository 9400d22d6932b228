#include "lib/arp/file.h"

#include "lib/common/escape.h"

namespace solnet {

static std::vector<std::string> words_of(std::string_view line) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    if (i == line.size() || line[i] == '#') break;
    std::size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t' && line[j] != '\r') ++j;
    out.emplace_back(line.substr(i, j - i));
    i = j;
  }
  return out;
}

std::vector<ArpFileLine> parse_arp_file(std::string_view text) {
  std::vector<ArpFileLine> out;
  int number = 0;
  while (!text.empty()) {
    auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++number;
    auto words = words_of(line);
    if (words.empty()) continue;
    if (words.size() < 2) {
      out.push_back({number, error(printable(words[0]) + ": expected HOST MAC [keywords]")});
      continue;
    }
    // An IPv4 address or host name has no ':', a MAC has: ethers order.
    if (words[0].find(':') != std::string::npos) std::swap(words[0], words[1]);
    out.push_back({number, parse_arp_change(words, true)});
  }
  return out;
}

}  // namespace solnet

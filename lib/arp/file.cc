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

// One line's words, typed as -s HOST MAC [keywords] is.
static Result<ArpChange> parse_line(std::vector<std::string> words, const ArpHwRule& rule, NameLookup& names) {
  if (words.size() < 2) return error(printable(words[0]) + ": expected HOST MAC [keywords]");
  // An IPv4 address or host name has no ':', a MAC has: ethers order.
  if (words[0].find(':') != std::string::npos) std::swap(words[0], words[1]);
  auto w = parse_change_words(words, true);
  if (!w) return w.error();
  return resolve_change(*w, rule, names);
}

std::vector<ArpFileLine> parse_arp_file(std::string_view text, const ArpHwRule& rule, NameLookup& names) {
  std::vector<ArpFileLine> out;
  int number = 0;
  while (!text.empty()) {
    auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++number;
    auto words = words_of(line);
    if (words.empty()) continue;
    out.push_back({number, parse_line(std::move(words), rule, names)});
  }
  return out;
}

}  // namespace solnet

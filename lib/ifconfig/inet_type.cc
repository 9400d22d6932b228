#include "lib/ifconfig/inet_type.h"

#include <sys/socket.h>

#include <algorithm>
#include <cctype>

namespace solnet {

namespace {

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
  return s;
}

bool same_ignoring_case(std::string_view a, std::string_view b) {
  return std::ranges::equal(a, b, [](char x, char y) {
    return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
  });
}

}  // namespace

int inet_type_family(std::string_view text) {
  constexpr std::string_view kVar = "DEFAULT_IP=";
  while (!text.empty()) {
    const auto nl = text.find('\n');
    const std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (!line.starts_with(kVar)) continue;
    return same_ignoring_case(trimmed(line.substr(kVar.size())), "IP_VERSION4") ? AF_INET : 0;
  }
  return 0;
}

}  // namespace solnet

#include "lib/common/ifname.h"

#include <cctype>
#include <optional>

#include "lib/common/escape.h"

namespace solnet {

std::string IfName::str() const {
  return unit ? phys + ":" + std::to_string(*unit) : phys;
}

bool valid_link_name(std::string_view s) {
  if (s.empty() || s.size() > kIfNameMax || s == "." || s == "..") return false;
  for (unsigned char c : s)
    if (c == '/' || c == ':' || std::isspace(c) || c < 0x20 || c >= 0x7f) return false;
  return true;
}

static std::optional<unsigned> parse_unit(std::string_view s) {
  if (s.empty() || s.size() > 6 || (s.size() > 1 && s[0] == '0')) return std::nullopt;
  unsigned v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + static_cast<unsigned>(c - '0');
  }
  if (v > kMaxUnit) return std::nullopt;
  return v;
}

Result<IfName> parse_ifname(std::string_view s) {
  auto colon = s.find(':');
  std::string_view phys = s.substr(0, colon);
  if (s.empty()) return error("empty interface name");
  if (phys.size() > kIfNameMax) return error(printable(s) + ": interface name too long");
  if (!valid_link_name(phys)) return error(printable(s) + ": bad interface name");
  IfName n{std::string(phys), std::nullopt};
  if (colon != std::string_view::npos) {
    auto unit = parse_unit(s.substr(colon + 1));
    if (!unit) return error(printable(s) + ": bad logical unit");
    n.unit = unit;
  }
  return n;
}

LabelInfo classify_label(std::string_view label, std::string_view phys) {
  if (label.substr(0, phys.size()) != phys) return {LabelKind::other};
  auto rest = label.substr(phys.size());
  if (rest.empty()) return {LabelKind::physical};
  if (rest[0] != ':') return {LabelKind::other};
  auto unit = parse_unit(rest.substr(1));
  if (!unit) return {LabelKind::other};
  return {LabelKind::unit, *unit};
}

std::string label_for_unit(std::string_view phys, unsigned unit) {
  std::string label = IfName{std::string(phys), unit}.str();
  return label.size() <= kIfNameMax ? label : std::string();
}

}  // namespace solnet

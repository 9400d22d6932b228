#include "lib/dhcp/lease.h"

#include <sys/socket.h>

#include <charconv>

namespace solnet {

namespace {

template <class T>
bool to_number(std::string_view v, std::optional<T>& out) {
  T n{};
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (v.empty() || ec != std::errc() || p != v.data() + v.size()) return false;
  out = n;
  return true;
}

std::optional<uint32_t> fraction_of_lease(const std::optional<uint32_t>& lease, uint32_t num, uint32_t den) {
  if (!lease) return std::nullopt;
  if (*lease == kDhcpInfinite) return kDhcpInfinite;
  return static_cast<uint32_t>(uint64_t{*lease} * num / den);
}

}  // namespace

std::optional<uint32_t> DhcpLease::t1() const {
  return renewal_time ? renewal_time : fraction_of_lease(lease_time, 1, 2);
}

std::optional<uint32_t> DhcpLease::t2() const {
  return rebinding_time ? rebinding_time : fraction_of_lease(lease_time, 7, 8);
}

Result<DhcpLease> parse_dhcpcd_dump(std::string_view text) {
  DhcpLease out;
  while (!text.empty()) {
    std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    std::size_t eq = line.find('=');
    if (eq == std::string_view::npos) continue;
    std::string_view key = line.substr(0, eq), value = line.substr(eq + 1);
    bool ok = true;
    if (key == "reason") out.reason = value;
    else if (key == "ip_address") ok = (out.address = parse_inet(value, AF_INET)).has_value();
    else if (key == "dhcp_lease_time") ok = to_number(value, out.lease_time);
    else if (key == "dhcp_renewal_time") ok = to_number(value, out.renewal_time);
    else if (key == "dhcp_rebinding_time") ok = to_number(value, out.rebinding_time);
    else if (key == "dhcp_message_type") ok = to_number(value, out.message_type);
    if (!ok) return error("dhcpcd reported a malformed " + std::string(key));
  }
  return out;
}

}  // namespace solnet

#include "lib/route/json.h"

#include <linux/rtnetlink.h>
#include <sys/socket.h>

#include <charconv>
#include <span>

#include "lib/common/columns.h"
#include "lib/route/flags.h"
#include "lib/route/kind.h"

namespace solnet {

namespace {

// Written by hand but for the strings that may need escaping (names) and
// the two doubles: the members are the same on every route, so their keys
// and punctuation are constant text. Members in byte order of their names:
// the order the schema's first implementation (a sorted map) gave them,
// which scripts may have matched.

void append_u32(std::string& out, uint64_t v) {
  char buf[24];
  out.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

// The names of the bits set, as a JSON array of strings, in table order.
void append_names(std::string& out, uint32_t bits, std::span<const BitName> table) {
  out += '[';
  bool first = true;
  for (const auto& n : table) {
    if (!(bits & n.bit)) continue;
    out += first ? "\"" : ",\"";
    first = false;
    out += n.name;
    out += '"';
  }
  out += ']';
}

constexpr BitName kLockable[] = {
    {1u << RTAX_MTU, "mtu"},          {1u << RTAX_ADVMSS, "advmss"},       {1u << RTAX_WINDOW, "window"},
    {1u << RTAX_RTT, "rtt_ms"},       {1u << RTAX_RTTVAR, "rttvar_ms"},    {1u << RTAX_SSTHRESH, "ssthresh"},
    {1u << RTAX_HOPLIMIT, "hoplimit"},
};

}  // namespace

RouteJsonWriter::RouteJsonWriter(std::string& out) : out_(out), w_(out) { out_ += "{\"routes\":["; }

// IPv4 by hand: inet_ntop sprintfs each octet.
void RouteJsonWriter::address(const InetAddr& a) {
  out_ += '"';
  if (a.family == AF_INET) append_dotted(out_, a.v4());
  else out_ += a.str();
  out_ += '"';
}

void RouteJsonWriter::address_or_null(const InetAddr* a) {
  if (a) address(*a);
  else out_ += "null";
}

void RouteJsonWriter::name_or_null(const std::string* n) {
  if (n && !n->empty()) w_.value(*n);
  else out_ += "null";
}

void RouteJsonWriter::metrics(const RouteMetrics& m) {
  const auto member = [&](const char* key, std::optional<uint32_t> v) {
    if (!v) return;
    out_ += key;
    append_u32(out_, *v);
  };
  out_ += '{';
  member("\"advmss\":", m.advmss);
  if (m.advmss) out_ += ',';
  member("\"hoplimit\":", m.hoplimit);
  if (m.hoplimit) out_ += ',';
  out_ += "\"locked\":";
  append_names(out_, m.locks, kLockable);
  member(",\"mtu\":", m.mtu);
  if (m.rtt) {
    out_ += ",\"rtt_ms\":";
    w_.value(*m.rtt / 8.0);
  }
  if (m.rttvar) {
    out_ += ",\"rttvar_ms\":";
    w_.value(*m.rttvar / 4.0);
  }
  member(",\"ssthresh\":", m.ssthresh);
  member(",\"window\":", m.window);
  out_ += '}';
}

void RouteJsonWriter::route(const Route& r, const std::string* logical_interface) {
  if (!first_) out_ += ',';
  first_ = false;
  out_ += "{\"destination\":";
  address(r.dst);
  out_ += ",\"expires\":";
  if (r.expires) append_u32(out_, *r.expires);
  else out_ += "null";
  out_ += r.family == AF_INET ? ",\"family\":\"inet\",\"flags\":" : ",\"family\":\"inet6\",\"flags\":";
  append_names(out_, rtflag::of(r), rtflag::all());
  out_ += ",\"gateway\":";
  address_or_null(r.has_gateway() ? &r.gateway : nullptr);
  out_ += ",\"interface\":";
  name_or_null(&r.ifname);
  out_ += ",\"logical_interface\":";
  if (logical_interface) w_.value(*logical_interface);
  else out_ += "null";
  out_ += ",\"metric\":";
  append_u32(out_, r.metric());
  out_ += ",\"metrics\":";
  metrics(r.metrics);
  out_ += ",\"netmask\":";
  address(prefix_to_mask(r.family, r.dst_len));
  out_ += ",\"nexthops\":[";
  if (r.multipath.size() > 1) {
    for (std::size_t i = 0; i < r.multipath.size(); ++i) {
      const Nexthop& nh = r.multipath[i];
      out_ += i ? ",{\"gateway\":" : "{\"gateway\":";
      address_or_null(nh.gateway.family ? &nh.gateway : nullptr);
      out_ += ",\"interface\":";
      name_or_null(&nh.ifname);
      out_ += '}';
    }
  }
  out_ += "],\"preferred_source\":";
  address_or_null(r.prefsrc ? &*r.prefsrc : nullptr);
  out_ += ",\"prefix_length\":";
  append_u32(out_, static_cast<uint64_t>(r.dst_len));
  // The kinds' names are words or decimal numbers: nothing to escape.
  out_ += ",\"protocol\":\"";
  out_ += route_protocol_name(r.protocol);
  out_ += "\",\"scope\":\"";
  out_ += route_scope_name(r.scope);
  out_ += "\",\"table\":";
  append_u32(out_, r.table);
  out_ += ",\"type\":\"";
  out_ += route_type_name(r.type);
  out_ += "\"}";
}

void RouteJsonWriter::end() {
  out_ += "],\"schema_version\":";
  append_u32(out_, kRouteSchemaVersion);
  out_ += "}\n";
}

std::string render_route_json(const std::vector<RouteEntry>& routes) {
  std::string out;
  RouteJsonWriter w(out);
  for (const auto& e : routes) w.route(e.route, e.logical_interface ? &*e.logical_interface : nullptr);
  w.end();
  return out;
}

}  // namespace solnet

#include "lib/ifconfig/text.h"

#include <sys/socket.h>

#include <charconv>

namespace solnet {

namespace {

void put_number(std::string& out, uint64_t n) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, n);
  out.append(buf, r.ptr);
}

void put_addr(std::string& out, const InetAddr& a) {
  InetBuf buf;
  out += inet_text(a, buf);
}

void header_line(const Lif& l, std::string& out, sflag::FormatCache& flags) {
  out += l.name;
  out += ": flags=";
  out += flags(l.flags);
  if (l.metric) {
    out += " metric ";
    put_number(out, l.metric);
  }
  out += " mtu ";
  put_number(out, l.mtu);
  out += " index ";
  put_number(out, static_cast<uint64_t>(l.index));
  out += '\n';
  // illumos prints them right after the flags line, srcof first
  if (!l.srcof.empty()) {
    out += "\tsrcof";
    for (const auto& n : l.srcof) {
      out += ' ';
      out += n;
    }
    out += '\n';
  }
  if (!l.usesrc.empty()) {
    out += "\tusesrc ";
    out += l.usesrc;
    out += '\n';
  }
}

void ether_line(const Lif& l, std::string& out) {
  if (l.ether) {
    out += "\tether ";
    out += ether_solaris(*l.ether);
    out += '\n';
  }
}

}  // namespace

void render_lif_text(const Lif& l, std::string& out, sflag::FormatCache& flags) {
  header_line(l, out, flags);
  if (l.family == AF_INET) {
    out += "\tinet ";
    if (l.address) put_addr(out, *l.address);
    else out += "0.0.0.0";
    if (l.destination) {
      out += " --> ";
      put_addr(out, *l.destination);
    }
    out += " netmask ";
    char hex[9];
    auto r = std::to_chars(hex, hex + sizeof hex, prefix_to_mask4(l.prefixlen), 16);
    out.append(hex, r.ptr);
    if ((l.flags & sflag::BROADCAST) && l.broadcast && !l.broadcast->is_zero()) {
      out += " broadcast ";
      put_addr(out, *l.broadcast);
    }
  } else {
    out += "\tinet6 ";
    if (l.address) put_addr(out, *l.address);
    else out += "::";
    out += '/';
    put_number(out, static_cast<uint64_t>(l.prefixlen));
    if (l.destination) {
      out += " --> ";
      put_addr(out, *l.destination);
    }
  }
  out += '\n';
  ether_line(l, out);
}

std::string render_ether_text(const Lif& l) {
  std::string out;
  sflag::FormatCache flags;
  header_line(l, out, flags);
  ether_line(l, out);
  return out;
}

std::string render_text(const std::vector<Lif>& lifs) {
  std::string out;
  sflag::FormatCache flags;
  for (const auto& l : lifs) render_lif_text(l, out, flags);
  return out;
}

}  // namespace solnet

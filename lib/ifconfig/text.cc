#include "lib/ifconfig/text.h"

#include <sys/socket.h>

#include "lib/ifconfig/sol_flags.h"

namespace solnet {

namespace {

void header_line(const Lif& l, std::string& out) {
  out += l.name;
  out += ": flags=";
  out += sflag::format(l.flags);
  if (l.metric) {
    out += " metric ";
    out += std::to_string(l.metric);
  }
  out += " mtu ";
  out += std::to_string(l.mtu);
  out += " index ";
  out += std::to_string(l.index);
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

void render_lif_text(const Lif& l, std::string& out) {
  header_line(l, out);
  if (l.family == AF_INET) {
    out += "\tinet ";
    out += l.address ? l.address->str() : "0.0.0.0";
    if (l.destination) {
      out += " --> ";
      out += l.destination->str();
    }
    out += " netmask ";
    out += hex_mask4(l.prefixlen);
    if ((l.flags & sflag::BROADCAST) && l.broadcast && !l.broadcast->is_zero()) {
      out += " broadcast ";
      out += l.broadcast->str();
    }
  } else {
    out += "\tinet6 ";
    out += l.address ? l.address->str() : "::";
    out += '/';
    out += std::to_string(l.prefixlen);
    if (l.destination) {
      out += " --> ";
      out += l.destination->str();
    }
  }
  out += '\n';
  ether_line(l, out);
}

std::string render_ether_text(const Lif& l) {
  std::string out;
  header_line(l, out);
  ether_line(l, out);
  return out;
}

std::string render_text(const std::vector<Lif>& lifs) {
  std::string out;
  out.reserve(lifs.size() * 128);
  for (const auto& l : lifs) render_lif_text(l, out);
  return out;
}

}  // namespace solnet

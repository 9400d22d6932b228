#include "lib/arp/text_nettools.h"

#include "lib/arp/hwtype.h"

namespace solnet {

namespace {

// printf("%-W.Ms"): cut to `max`, then pad to `width`.
std::string field(std::string_view s, std::size_t width, std::size_t max) {
  std::string out(s.substr(0, max));
  if (out.size() < width) out.append(width - out.size(), ' ');
  return out;
}

bool in_proc(const ArpEntry& e) { return !e.whole_link && !(e.state & NUD_NOARP); }

// net-tools' ATF_COM: the address is known. Proxy entries lack it.
bool complete(const ArpEntry& e) { return !e.proxy && is_resolved(e.state); }
bool perm(const ArpEntry& e) { return e.proxy || (e.state & NUD_PERMANENT); }

std::string dev_name(const ArpEntry& e) { return e.ifname.empty() ? "*" : e.ifname; }

// "?" when unnamed, as net-tools prints it; 0.0.0.0 (on loopback and
// point-to-point links every entry's key) is never named.
std::string host_name(const ArpEntry& e, bool numeric) {
  if (numeric || e.addr.is_zero()) return "?";
  if (!e.hostname || *e.hostname == e.addr.str()) return "?";
  return *e.hostname;
}

std::string linux_row(const ArpEntry& e, const std::string& name) {
  std::string s = field(name == "?" ? e.addr.str() : name, 23, 23) + "  ";
  if (complete(e)) {
    s += field(hwtype_name(e.hwtype), 8, 8) + field(ether_colon(e.lladdr), 20, 20);
  } else if (e.proxy) {
    s += field("*", 8, 8) + field("<from_interface>", 20, 20);
  } else {
    s += field("", 8, 8) + field("(incomplete)", 20, 20);
  }
  std::string flags = std::string(complete(e) ? "C" : "") + (perm(e) ? "M" : "") + (e.proxy ? "P" : "");
  return s + field(flags, 6, 6) + field("", 15, 15) + " " + dev_name(e) + "\n";
}

std::string bsd_row(const ArpEntry& e, const std::string& name) {
  std::string s = name + " (" + e.addr.str() + ") at ";
  if (complete(e)) {
    s += ether_colon(e.lladdr) + " [" + std::string(hwtype_name(e.hwtype)) + "] ";
  } else {
    s += e.proxy ? "<from_interface> " : "<incomplete> ";
  }
  if (perm(e)) s += "PERM ";
  if (e.proxy) s += "PUB ";
  return s + "on " + dev_name(e) + "\n";
}

}  // namespace

std::string render_nettools(const std::vector<ArpEntry>& entries, const NetToolsView& v) {
  std::string out;
  int total = 0, shown = 0;
  for (const auto& e : entries) {
    if (!in_proc(e)) continue;
    ++total;
    if (!v.filter.matches(e)) continue;
    if (!v.bsd && shown == 0)
      out += "Address                  HWtype  HWaddress           Flags Mask            Iface\n";
    ++shown;
    const std::string name = host_name(e, v.numeric);
    out += v.bsd ? bsd_row(e, name) : linux_row(e, name);
  }
  if (v.verbose)
    out += "Entries: " + std::to_string(total) + "\tSkipped: " + std::to_string(total - shown) +
           "\tFound: " + std::to_string(shown) + "\n";
  if (shown == 0) {
    const auto& f = v.filter;
    if (f.host && !v.bsd)
      out += v.host_word + " (" + f.host->str() + ") -- no entry\n";
    else if (f.hwtype || f.host || f.device)
      out += "arp: in " + std::to_string(total) + " entries no match found.\n";
  }
  return out;
}

std::string nettools_no_entry(const std::string& host_word) { return "No ARP entry for " + host_word + "\n"; }

}  // namespace solnet

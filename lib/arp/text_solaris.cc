#include "lib/arp/text_solaris.h"

#include <strings.h>

namespace solnet {

namespace {

std::string left(std::string s, std::size_t width) {
  if (s.size() < width) s.append(width - s.size(), ' ');
  return s;
}

std::string head(std::string_view name, const InetAddr& a) {
  return std::string(name) + " (" + a.str() + ")";
}

}  // namespace

std::string solaris_entry_line(std::string_view name, const ArpEntry& e) {
  std::string s = head(name, e.addr) + " at ";
  s += e.proxy || is_resolved(e.state) ? ether_solaris(e.lladdr) : "(incomplete)";
  if (!(e.state & (NUD_PERMANENT | NUD_NOARP))) s += " temp";
  if (e.proxy) s += " pub";
  if (e.authority) s += " permanent";
  return s + "\n";
}

std::string solaris_no_entry(std::string_view name, const InetAddr& a) { return head(name, a) + " -- no entry\n"; }

std::string solaris_deleted(std::string_view name, const InetAddr& a) { return head(name, a) + " deleted\n"; }

std::string solaris_flags(const ArpEntry& e) {
  std::string f;
  if (e.proxy || (e.state & (NUD_PERMANENT | NUD_NOARP))) f += 'S';
  if (e.proxy) f += 'P';
  if (!e.proxy && !is_resolved(e.state)) f += 'U';
  if (e.state & NUD_NOARP) f += 'M';
  if (e.authority) f += 'A';
  if (e.state & NUD_STALE) f += 'o';
  if (e.state & (NUD_DELAY | NUD_PROBE)) f += 'y';
  return f;
}

std::string strip_local_domain(const std::string& name, std::string_view domain) {
  auto dot = name.find('.');
  if (dot == std::string::npos) return name;
  std::string rest = name.substr(dot + 1);
  if (rest.size() == domain.size() && strncasecmp(rest.c_str(), std::string(domain).c_str(), rest.size()) == 0)
    return name.substr(0, dot);
  return name;
}

void net_to_media_row(std::string& out, const ArpEntry& e, bool numeric, std::string_view local_domain, bool first) {
  if (first)
    out +=
        "Net to Media Table: IPv4\n"
        "Device   IP Address               Mask      Flags      Phys Addr\n"
        "------ -------------------- --------------- -------- ---------------\n";
  std::string addr = !numeric && e.hostname ? strip_local_domain(*e.hostname, local_domain) : e.addr.str();
  std::string mask = e.whole_link ? "0.0.0.0" : "255.255.255.255";
  std::string phys = e.proxy || is_resolved(e.state) ? ether_colon(e.lladdr) : "";
  out += left(e.ifname.empty() ? "*" : e.ifname, 6) + " " + left(addr, 20) + " " + left(mask, 15) + " " +
         left(solaris_flags(e), 8) + " " + phys + "\n";
}

}  // namespace solnet

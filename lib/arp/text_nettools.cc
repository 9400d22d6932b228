#include "lib/arp/text_nettools.h"

#include "lib/arp/hwtype.h"
#include "lib/common/columns.h"

namespace solnet {

namespace {

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

// net-tools' "%-23.23s  %-8.8s%-20.20s%-6.6s%-15.15s %s".
void linux_row(std::string& out, const ArpEntry& e, const std::string& name) {
  const std::size_t start = out.size();
  if (name == "?") append_dotted(out, e.addr.v4());
  else out.append(name, 0, 23);
  out.append(25 - (out.size() - start), ' ');
  if (complete(e)) {
    append_left_cut(out, hwtype_name(e.hwtype), 8, 8);
    const std::size_t mac = out.size();
    append_ether_colon(out, e.lladdr);
    if (out.size() - mac > 20) out.resize(mac + 20);
    out.append(20 - (out.size() - mac), ' ');
  } else if (e.proxy) {
    out += "*       <from_interface>    ";
  } else {
    out += "        (incomplete)        ";
  }
  const std::size_t flags = out.size();
  if (complete(e)) out += 'C';
  if (perm(e)) out += 'M';
  if (e.proxy) out += 'P';
  out.append(6 - (out.size() - flags) + 15 + 1, ' ');
  out += e.ifname.empty() ? std::string_view("*") : std::string_view(e.ifname);
  out += '\n';
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

void NetToolsTable::row(const ArpEntry& e) {
  if (!in_proc(e)) return;
  ++total_;
  if (!v_.filter.matches(e)) return;
  if (!v_.bsd && shown_ == 0)
    *out_ += "Address                  HWtype  HWaddress           Flags Mask            Iface\n";
  ++shown_;
  const std::string name = host_name(e, v_.numeric);
  if (v_.bsd) *out_ += bsd_row(e, name);
  else linux_row(*out_, e, name);
}

void NetToolsTable::end() {
  std::string& out = *out_;
  if (v_.verbose)
    out += "Entries: " + std::to_string(total_) + "\tSkipped: " + std::to_string(total_ - shown_) +
           "\tFound: " + std::to_string(shown_) + "\n";
  if (shown_ == 0) {
    const auto& f = v_.filter;
    if (f.host && !v_.bsd)
      out += v_.host_word + " (" + f.host->str() + ") -- no entry\n";
    else if (f.hwtype || f.host || f.device)
      out += "arp: in " + std::to_string(total_) + " entries no match found.\n";
  }
}

std::string nettools_no_entry(const std::string& host_word) { return "No ARP entry for " + host_word + "\n"; }

}  // namespace solnet

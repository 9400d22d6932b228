// illumos arp's output: `arp HOST` lines and the Net to Media table that
// `arp -a` prints (illumos gets it from `netstat -p -f inet`).
#pragma once

#include <string>
#include <string_view>

#include "lib/arp/model.h"

namespace solnet {

// "NAME (ADDR) at MAC [temp] [pub] [permanent]", MAC without leading zeros,
// "at (incomplete)" while unresolved.
std::string solaris_entry_line(std::string_view name, const ArpEntry& e);
std::string solaris_no_entry(std::string_view name, const InetAddr& a);
std::string solaris_deleted(std::string_view name, const InetAddr& a);

// A row of the Net to Media table, after its header when `first`: netstat
// prints nothing at all for no entries. Names are the entries' host names
// less `local_domain`, as netstat shortens them.
void net_to_media_row(std::string& out, const ArpEntry& e, bool numeric, std::string_view local_domain, bool first);

// The flags column: S static, P published, U unresolved, M mapping (NOARP:
// multicast and broadcast), A authority (`permanent`), o old (stale),
// y delayed (delay or probe).
std::string solaris_flags(const ArpEntry& e);

// "host.example.com" is "host" when the local domain is example.com.
std::string strip_local_domain(const std::string& name, std::string_view domain);

}  // namespace solnet

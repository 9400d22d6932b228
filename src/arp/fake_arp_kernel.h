// An in-memory ArpKernel for unit tests: entries in a vector, proxy_arp
// links in a set, a count of the changes made, and a refusal to inject.
#pragma once

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "src/arp/arp_kernel.h"

namespace solnet {

class FakeArpKernel : public ArpKernel {
 public:
  Result<std::vector<Neighbour>> neighbours(int ifindex) override {
    ++dumps;
    std::vector<Neighbour> out;
    for (bool proxy : {false, true})
      for (const auto& n : entries)
        if (n.proxy == proxy && (ifindex == 0 || n.ifindex == ifindex)) out.push_back(n);
    return out;
  }

  Status each_neighbour(int ifindex, bool proxy, const std::function<void()>&,
                        const std::function<void(const Neighbour&)>& fn) override {
    if (!proxy) ++dumps;
    for (const auto& n : entries)
      if (n.proxy == proxy && (ifindex == 0 || n.ifindex == ifindex)) fn(n);
    return {};
  }

  Result<std::optional<Neighbour>> get(const InetAddr& addr, int ifindex, bool proxy) override {
    auto it = find(addr, ifindex, proxy);
    return it == entries.end() ? std::optional<Neighbour>() : std::optional<Neighbour>(*it);
  }

  Result<ProxyArp> proxy_arp() override {
    ProxyArp p;
    p.all = proxy_arp_all;
    p.ifindexes.assign(proxy_arp_links.begin(), proxy_arp_links.end());
    return p;
  }

  Status set(const Neighbour& n) override {
    if (refuse) return error(*refuse);
    ++changes;
    auto it = find(n.addr, n.ifindex, n.proxy);
    if (it == entries.end()) {
      entries.push_back(n);
    } else {
      // As the kernel does: a replacement without a protocol keeps the old one.
      uint8_t protocol = n.protocol ? n.protocol : it->protocol;
      *it = n;
      it->protocol = protocol;
    }
    return {};
  }

  Status remove(const Neighbour& n) override {
    if (refuse) return error(*refuse);
    auto it = find(n.addr, n.ifindex, n.proxy);
    if (it == entries.end()) return error("No such file or directory");
    ++changes;
    entries.erase(it);
    return {};
  }

  Status set_proxy_arp(const std::string& ifname, bool on) override {
    if (refuse) return error(*refuse);
    ++changes;
    proxy_arp_names[ifname] = on;
    return {};
  }

  std::vector<Neighbour> entries;
  std::set<int> proxy_arp_links;
  bool proxy_arp_all = false;
  std::map<std::string, bool> proxy_arp_names;  // what set_proxy_arp wrote
  std::optional<std::string> refuse;            // every change fails with it
  int dumps = 0;
  int changes = 0;

 private:
  std::vector<Neighbour>::iterator find(const InetAddr& addr, int ifindex, bool proxy) {
    return std::find_if(entries.begin(), entries.end(), [&](const Neighbour& n) {
      return n.addr == addr && n.ifindex == ifindex && n.proxy == proxy;
    });
  }
};

}  // namespace solnet

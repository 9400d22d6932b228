#include "src/route/prefsrc_names.h"

#include "lib/ifconfig/lif.h"

namespace solnet {

PrefsrcNames::PrefsrcNames(Kernel& kernel, StateStore& store, const std::vector<Link>& links)
    : kernel_(kernel), store_(store), links_(links) {}

const std::string* PrefsrcNames::name(int ifindex, const InetAddr& addr) {
  auto it = names_.find(ifindex);
  if (it == names_.end()) {
    const Link* link = nullptr;
    for (const auto& l : links_)
      if (l.index == ifindex) link = &l;
    if (!link || error_) return nullptr;
    it = names_.emplace(ifindex, read(*link)).first;
  }
  std::optional<std::string> n;
  if (const auto* units = std::get_if<LinkUnits>(&it->second)) {
    n = units->name(addr);
  } else {
    const auto& stored = std::get<Stored>(it->second);
    if (auto s = stored.find(addr); s != stored.end()) n = s->second;
  }
  if (!n) return nullptr;
  found_ = std::move(*n);
  return &found_;
}

PrefsrcNames::Names PrefsrcNames::read(const Link& link) {
  if (!doc_) {
    doc_ = store_.read();
    reconcile_links(*doc_, links_);
  }
  if (StoredLink* stored = doc_->find(link.index, link.name)) return read_stored(link, *stored);
  // A repeated address is an interruption the kernel did not flag.
  constexpr int kAttempts = 8;
  for (int attempt = 1; attempt <= kAttempts; ++attempt) {
    LinkUnits units(link.name);
    auto st = kernel_.each_addr(0, link.index, [&] { units = LinkUnits(link.name); }, [&](const Addr& a) {
      units.add(a.local, a.peer.value_or(a.local), a.prefixlen, a.label);
    });
    if (!st) {
      error_ = st.error();
      return Stored{};
    }
    if (units.number()) return units;
  }
  error_ = solnet::error("cannot read addresses: the kernel kept changing during the dump");
  return Stored{};
}

PrefsrcNames::Names PrefsrcNames::read_stored(const Link& link, StoredLink& stored) {
  auto addrs = kernel_.addrs(0, link.index);
  if (!addrs) {
    error_ = addrs.error();
    return Stored{};
  }
  reconcile_link(stored, *addrs, true, true);
  Stored out;
  for (const auto& l : build_lifs(link, *addrs, &stored, 0, {}))
    if (l.installed && l.address) out.emplace(*l.address, l.name);
  return out;
}

}  // namespace solnet

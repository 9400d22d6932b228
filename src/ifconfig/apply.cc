#include "src/ifconfig/apply.h"

#include <sys/socket.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "lib/common/escape.h"
#include "lib/ifconfig/plan.h"
#include "lib/ifconfig/replay.h"
#include "lib/ifconfig/vni.h"
#include "src/common/held_signals.h"
#include "src/ifconfig/kernel_step.h"
#include "src/ifconfig/netmasks_file.h"
#include "src/ifconfig/route_keeper.h"
#include "src/ifconfig/show.h"
#include "src/ifconfig/usesrc_routes.h"
#include "src/ifconfig/vni_link.h"

namespace solnet {

namespace {

// One link the command changes: as read, as wanted, and the logical
// interfaces the command applies to.
struct LinkWork {
  LinkConf cur;
  LinkConf want;
  std::vector<std::optional<unsigned>> targets;
};

class Runner {
 public:
  Runner(IfconfigEnv& env, const IfconfigArgs& args, const IfCommand& cmd) : env_(env), args_(args), cmd_(cmd) {}

  // Read, fold and validate; with `apply`, also plan, change the kernel and
  // put the new records into `doc`.
  Status configure(StoreDoc& doc, bool apply) {
    auto work = read(doc);
    if (!work) return work.error();
    for (auto& w : *work)
      if (const StoredUsesrc* u = find_usesrc(doc, w.cur.link.index, w.cur.link.name, w.cur.family))
        w.cur.usesrc = u->source_name;
    std::vector<NetmaskEntry> netmasks;
    if (cmd_.needs_netmasks) {
      auto table = read_netmasks_file(env_.netmasks_path);
      if (!table) return table.error();
      netmasks = std::move(*table);
    }
    for (auto& w : *work) {
      w.want = w.cur;
      for (const auto& unit : w.targets) {
        // -a unplumb: the physical interface's took its logical ones along
        if (unit && w.cur.find(unit) && !w.want.find(unit)) continue;
        if (auto st = fold_command(w.want, unit, !args_.name, cmd_, netmasks, notes_); !st) return st;
      }
      if (auto st = validate_link_conf(w.cur, w.want); !st) return st;
    }
    if (!apply) return {};
    const StoreDoc before = doc;
    if (auto st = record_usesrc(doc, *work); !st) return st;
    KernelChange change;
    for (auto& w : *work) {
      if (unplumbs_vni(w.cur, w.want)) {
        // the link goes, and its addresses with it
        change.unplumbed_vnis.push_back(&w.cur.link);
        change.links.insert(w.cur.link.index);
        StoredLink none;
        none.index = w.cur.link.index;
        none.name = w.cur.link.name;
        put_stored_link(doc, std::move(none));
        drop_usesrc_of(doc, w.cur.link.index);
        continue;
      }
      LinkPlan plan = plan_link(w.cur, w.want, doc.find(w.cur.link.index, w.cur.link.name));
      if (!plan.ops.empty()) change.links.insert(w.cur.link.index);
      std::move(plan.ops.begin(), plan.ops.end(), std::back_inserter(change.ops));
      std::move(plan.undo.begin(), plan.undo.end(), std::back_inserter(change.undo));
      put_stored_link(doc, std::move(plan.store));
    }
    keeper_.emplace(env_.kernel, env_.routes, doc);
    journal_.ops = std::move(change.ops);
    journal_.undo = std::move(change.undo);
    for (const Link* l : change.unplumbed_vnis) journal_.unplumb.push_back({l->index, l->name});
    journal_.usesrc = usesrc_touched(before, doc, change.links);
    journal_.usesrc_undo = usesrc_touched(doc, before, change.links);
    Status st = change_kernel(before, doc, change.unplumbed_vnis);
    notes_.warnings = keeper_->messages();
    return st;
  }

  // Deletes the vni link this run created for "plumb", when the command
  // fails after all.
  void discard_created() {
    if (created_) (void)env_.kernel.del_link(*created_);
  }

  // Takes back what configure did to the kernel (the store could not be
  // written). A vni link it deleted stays deleted.
  void undo() {
    if (put_back_) put_back_();
    discard_created();
  }

  const FoldNotes& notes() const { return notes_; }

  // A second try replaces the first's journal, whatever it changes.
  void journal_always() { journal_always_ = true; }

  // After configure: the label of a logical interface it created that
  // another writer (ip) gave its own address meanwhile; the unit was free
  // when read, under the lock no other ifconfig holds.
  Result<std::optional<std::string>> label_taken() {
    if (notes_.created.empty()) return std::optional<std::string>();
    std::map<int, std::vector<Addr>> links;
    for (const auto& op : journal_.ops) {
      const Addr& a = op.addr;
      if (op.kind != KernelOpKind::add_addr || a.family != AF_INET || a.label.find(':') == std::string::npos) continue;
      if (!links.count(a.ifindex)) {
        auto now = env_.kernel.addrs(AF_INET, a.ifindex);
        if (!now) return now.error();
        links[a.ifindex] = std::move(*now);
      }
      for (const auto& o : links[a.ifindex])
        if (o.label == a.label && o.local != a.local) return std::optional<std::string>(a.label);
    }
    return std::optional<std::string>();
  }

 private:
  // What configure asks of the kernel.
  struct KernelChange {
    std::vector<KernelOp> ops, undo;
    std::vector<const Link*> unplumbed_vnis;
    std::set<int> links;  // links whose addresses change or that go
  };

  // The usesrc words into the store; the source interface must exist.
  Status record_usesrc(StoreDoc& doc, const std::vector<LinkWork>& work) {
    if (std::none_of(cmd_.actions.begin(), cmd_.actions.end(), [](const IfAction& a) { return a.op == IfOp::usesrc; }))
      return {};
    for (const auto& w : work) {
      if (w.want.usesrc.empty()) {
        set_usesrc(doc, w.cur.link, nullptr, w.cur.family);
        continue;
      }
      auto src = env_.kernel.link(w.want.usesrc);
      if (!src) return src.error();
      if (!*src) return error("usesrc " + printable(w.want.usesrc) + ": no such interface");
      set_usesrc(doc, w.cur.link, &**src, w.cur.family);
    }
    return {};
  }

  // The operations, with the routes of the usesrc links they touch put back
  // to their default sources first and pointed at their sources' addresses
  // last (lib/usesrc.h says why). Recorded in the journal before the first
  // that changes anything; a refusal undoes what was done.
  Status change_kernel(const StoreDoc& before, const StoreDoc& doc, const std::vector<const Link*>& unplumbed_vnis) {
    const auto& ops = journal_.ops;
    const auto& touched = journal_.usesrc;
    if (!touched.empty() && !env_.routes) return error("usesrc: no access to the routing tables");
    // Notes only read: what they find goes into the journal's first
    // writing. Routes pointed at a usesrc source are noted once put back.
    std::size_t first = 0;
    for (; touched.empty() && first < ops.size() && ops[first].kind == KernelOpKind::note_routes; ++first)
      if (auto st = step(ops[first]); !st) return error(ops[first].what + ": " + st.error().message);
    // One kernel change cannot be interrupted half-way: it needs no journal
    // (and works on a full /run when the store stays as it is).
    const auto changes = std::count_if(ops.begin() + static_cast<std::ptrdiff_t>(first), ops.end(),
                                       [](const KernelOp& op) { return op.kind != KernelOpKind::note_routes; }) +
                         static_cast<std::ptrdiff_t>(unplumbed_vnis.size() + 2 * touched.size());
    if (changes > 1 || !(doc == before) || journal_always_) {
      journal_.store = doc;
      if (auto st = env_.store.intend(journal_); !st) return st;
      journaled_ = true;
    }
    // Also what undo() runs when the store cannot be written afterwards.
    put_back_ = [this] {
      for (std::size_t j = journal_.undo.size(); j-- > 0;)
        (void)run_kernel_step(env_.kernel, env_.sysctl, *keeper_, journal_.undo[j]);
      if (!journal_.usesrc_undo.empty())
        (void)point_usesrc_routes(env_.kernel, *env_.routes, journal_.usesrc_undo, true);
    };
    if (!touched.empty())
      if (auto st = point_usesrc_routes(env_.kernel, *env_.routes, touched, false); !st) return st;
    if (auto st = execute_all(first); !st) {
      if (!journal_.usesrc_undo.empty())
        (void)point_usesrc_routes(env_.kernel, *env_.routes, journal_.usesrc_undo, true);
      return st;
    }
    // Last: a deleted link cannot be put back.
    for (const Link* l : unplumbed_vnis)
      if (auto st = env_.kernel.del_link(l->index); !st) {
        put_back_();
        return error(printable(l->name) + ": cannot unplumb: " + st.error().message);
      }
    if (!touched.empty())
      if (auto st = point_usesrc_routes(env_.kernel, *env_.routes, touched, true); !st) {
        put_back_();
        return st;
      }
    return {};
  }

  // Runs the operations from `first` in order; when the kernel refuses one,
  // what was done is undone, newest first, and the refusal is the error.
  Status execute_all(std::size_t first) {
    const auto& ops = journal_.ops;
    for (std::size_t i = first; i < ops.size(); ++i) {
      Status st = step(ops[i]);
      if (st) continue;
      const bool moved = ops[i].kind == KernelOpKind::del_addr && !as_read(ops[i].addr);
      for (std::size_t j = i; j-- > 0;) (void)run_kernel_step(env_.kernel, env_.sysctl, *keeper_, journal_.undo[j]);
      if (moved) return error(ops[i].what + ": changed or deleted by another writer meanwhile; nothing changed");
      return error(ops[i].what + ": " + st.error().message);
    }
    return {};
  }

  // Whether the kernel has `a` as it was read: the kernel deletes an
  // address only when its address, prefix and (IPv4) label still match.
  bool as_read(const Addr& a) {
    auto now = env_.kernel.addrs(a.family, a.ifindex);
    return !now || ReplayView(*now).needed(KernelOp{KernelOpKind::del_addr, {}, a, {}});
  }

  // One operation; the routes a note finds are in the journal before the
  // next operation can make the kernel drop them.
  Status step(const KernelOp& op) {
    if (auto st = run_kernel_step(env_.kernel, env_.sysctl, *keeper_, op); !st) return st;
    if (op.kind != KernelOpKind::note_routes) return {};
    journal_.noted.push_back({op.link.index, keeper_->noted(op.link.index)});
    return journaled_ ? env_.store.intend(journal_) : Status{};
  }

  // The family the command configures: IPv4 unless it names inet6.
  int family() const { return args_.family == AF_INET6 ? AF_INET6 : AF_INET; }

  Result<std::vector<LinkWork>> read(StoreDoc& doc) { return args_.name ? read_one(doc) : read_all(doc); }

  Result<std::vector<LinkWork>> read_one(StoreDoc& doc) {
    const IfName& name = *args_.name;
    auto link = env_.kernel.link(name.phys);
    if (!link) return link.error();
    if (!*link && plumbs_new_vni(name, cmd_)) {
      auto made = create_vni(env_.kernel, name.phys);
      if (!made) return made.error();
      created_ = made->index;
      link = std::optional<Link>(std::move(*made));
    }
    if (!*link) return error(printable(name.str()) + ": no such interface");
    auto addrs = env_.kernel.addrs(family(), (*link)->index);
    if (!addrs) return addrs.error();
    StoredLink* stored = doc.find((*link)->index, (*link)->name);
    if (stored) reconcile_link(*stored, *addrs, family() == AF_INET, family() == AF_INET6);
    std::vector<LinkWork> out;
    out.push_back({build_link_conf(vni_view(**link), std::move(*addrs), stored, family()), {}, {name.unit}});
    return out;
  }

  // -a, -au, -ad ...: every logical interface of the family the selection
  // shows.
  Result<std::vector<LinkWork>> read_all(StoreDoc& doc) {
    IfconfigArgs sel = args_;
    sel.family = family();
    auto lifs = select_lifs(env_.kernel, env_.store, sel, env_.dhcp);
    if (!lifs) return lifs.error();
    auto links = env_.kernel.links();
    if (!links) return links.error();
    auto addrs = env_.kernel.addrs(family(), 0);
    if (!addrs) return addrs.error();
    reconcile_links(doc, *links);
    std::vector<LinkWork> out;
    for (const auto& lif : *lifs) {
      auto w = std::find_if(out.begin(), out.end(), [&](const LinkWork& x) { return x.cur.link.index == lif.index; });
      if (w == out.end()) {
        auto link = std::find_if(links->begin(), links->end(), [&](const Link& l) { return l.index == lif.index; });
        if (link == links->end()) continue;
        std::vector<Addr> mine;
        std::copy_if(addrs->begin(), addrs->end(), std::back_inserter(mine),
                     [&](const Addr& a) { return a.ifindex == link->index; });
        StoredLink* stored = doc.find(link->index, link->name);
        if (stored) reconcile_link(*stored, mine, family() == AF_INET, family() == AF_INET6);
        out.push_back({build_link_conf(vni_view(*link), std::move(mine), stored, family()), {}, {}});
        w = out.end() - 1;
      }
      w->targets.push_back(lif.unit);
    }
    return out;
  }

  IfconfigEnv& env_;
  const IfconfigArgs& args_;
  const IfCommand& cmd_;
  FoldNotes notes_;
  std::optional<int> created_;  // the index of the vni link "plumb" created
  std::optional<RouteKeeper> keeper_;  // notes and restores routes; lives until undo() is past
  std::function<void()> put_back_;  // undoes the kernel operations done
  ChangeJournal journal_;  // the change, as the store records it
  bool journaled_ = false;
  bool journal_always_ = false;
};

}  // namespace

Result<FoldNotes> apply_ifconfig(IfconfigEnv& env, const IfconfigArgs& target, const IfCommand& cmd, bool allocates) {
  std::optional<Runner> run;
  if (cmd.changes || allocates) {
    const HeldSignals held;  // until the kernel and the store agree again
    auto configure = [&](StoreDoc& doc) {
      const StoreDoc read = doc;
      // A unit another writer took meanwhile: ours taken back, another
      // allocated from a fresh view.
      for (int attempt = 1;; ++attempt) {
        run.emplace(env, target, cmd);
        if (attempt > 1) run->journal_always();
        Status st = run->configure(doc, true);
        if (!st) {
          run->discard_created();
          return st;
        }
        auto taken = run->label_taken();
        if (taken && !*taken) return st;
        run->undo();
        if (!taken) return Status(taken.error());
        if (attempt == 3)
          return Status(error(printable(**taken) + ": taken by another writer meanwhile, each try; nothing changed"));
        doc = read;
      }
    };
    if (auto st = env.store.update(configure, [&] { run->undo(); }); !st) return st.error();
  } else {
    run.emplace(env, target, cmd);
    StoreDoc doc = env.store.read();
    if (auto st = run->configure(doc, false); !st) return st.error();
  }
  return run->notes();
}

}  // namespace solnet

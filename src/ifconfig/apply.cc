#include "src/ifconfig/apply.h"

#include <sys/socket.h>

#include <algorithm>
#include <functional>
#include <set>

#include "lib/common/escape.h"
#include "lib/ifconfig/plan.h"
#include "lib/ifconfig/vni.h"
#include "src/common/held_signals.h"
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

Status execute(IfconfigEnv& env, RouteKeeper& keeper, const KernelOp& op) {
  Kernel& k = env.kernel;
  switch (op.kind) {
    case KernelOpKind::set_link: return k.set_link(op.link);
    case KernelOpKind::add_addr: return k.add_addr(op.addr);
    case KernelOpKind::replace_addr: return k.replace_addr(op.addr);
    case KernelOpKind::del_addr: return k.del_addr(op.addr);
    case KernelOpKind::set_conf: return env.sysctl.set_conf(op.conf);
    case KernelOpKind::note_routes: return keeper.note(op);
    case KernelOpKind::restore_routes: return keeper.restore(op);
  }
  return {};
}

// Runs the operations in order; when the kernel refuses one, what was done
// is undone, newest first, and the refusal is the error.
Status execute_all(IfconfigEnv& env, RouteKeeper& keeper, const std::vector<KernelOp>& ops,
                   const std::vector<KernelOp>& undo) {
  for (std::size_t i = 0; i < ops.size(); ++i) {
    Status st = execute(env, keeper, ops[i]);
    if (st) continue;
    for (std::size_t j = i; j-- > 0;) (void)execute(env, keeper, undo[j]);
    return error(ops[i].what + ": " + st.error().message);
  }
  return {};
}

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
    if (!(doc == before))
      if (auto st = env_.store.intend(doc); !st) return st;
    Status st = change_kernel(before, doc, change);
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
  // last (lib/usesrc.h says why). A refusal undoes what was done.
  Status change_kernel(const StoreDoc& before, const StoreDoc& after, const KernelChange& c) {
    const auto touched = usesrc_touched(before, after, c.links);
    if (!touched.empty() && !env_.routes) return error("usesrc: no access to the routing tables");
    // Also what undo() runs when the store cannot be written afterwards.
    put_back_ = [this, undo = c.undo, back = usesrc_touched(after, before, c.links)] {
      for (std::size_t j = undo.size(); j-- > 0;) (void)execute(env_, *keeper_, undo[j]);
      if (!back.empty()) (void)point_usesrc_routes(env_.kernel, *env_.routes, back, true);
    };
    if (!touched.empty())
      if (auto st = point_usesrc_routes(env_.kernel, *env_.routes, touched, false); !st) return st;
    if (auto st = execute_all(env_, *keeper_, c.ops, c.undo); !st) {
      if (!touched.empty())
        (void)point_usesrc_routes(env_.kernel, *env_.routes, usesrc_touched(after, before, c.links), true);
      return st;
    }
    // Last: a deleted link cannot be put back.
    for (const Link* l : c.unplumbed_vnis)
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
};

}  // namespace

Result<FoldNotes> apply_ifconfig(IfconfigEnv& env, const IfconfigArgs& target, const IfCommand& cmd, bool allocates) {
  Runner run(env, target, cmd);
  if (cmd.changes || allocates) {
    const HeldSignals held;  // until the kernel and the store agree again
    auto configure = [&](StoreDoc& doc) {
      Status st = run.configure(doc, true);
      if (!st) run.discard_created();
      return st;
    };
    if (auto st = env.store.update(configure, [&] { run.undo(); }); !st) return st.error();
  } else {
    StoreDoc doc = env.store.read();
    if (auto st = run.configure(doc, false); !st) return st.error();
  }
  return run.notes();
}

}  // namespace solnet

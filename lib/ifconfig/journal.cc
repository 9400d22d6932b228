#include "lib/ifconfig/journal.h"

#include <sys/socket.h>

#include <iterator>
#include <string>

#include "lib/common/json_writer.h"
#include "lib/ifconfig/indented_json.h"
#include "lib/ifconfig/json_tree.h"
#include "lib/ifconfig/store_fields.h"
#include "lib/ifconfig/stored_routes.h"

namespace solnet {

namespace {

constexpr const char* kKinds[] = {"set_link", "add_addr", "del_addr", "replace_addr",
                                  "set_conf", "note_routes", "restore_routes"};

const char* family_name(int family) { return family == AF_INET6 ? "inet6" : "inet"; }

void write_addr(JsonWriter& w, const Addr& a) {
  w.begin_object().member("family", family_name(a.family)).member("ifindex", a.ifindex);
  w.member("local", a.local.str());
  if (a.peer) w.member("peer", a.peer->str());
  w.member("prefixlen", a.prefixlen);
  if (a.broadcast) w.member("broadcast", a.broadcast->str());
  if (!a.label.empty()) w.member("label", store_name_json(a.label));
  w.member("flags", a.flags).member("scope", unsigned{a.scope}).member("metric", a.metric);
  w.member("valid_lft", a.valid_lft).member("preferred_lft", a.preferred_lft).end_object();
}

void write_link(JsonWriter& w, const LinkChange& l) {
  w.begin_object().member("index", l.index).member("flags", l.flags).member("change", l.change);
  if (l.mtu) w.member("mtu", *l.mtu);
  if (l.txqlen) w.member("txqlen", *l.txqlen);
  if (l.token6) w.member("token6", l.token6->str());
  if (l.hwaddr) {
    w.key("hwaddr").begin_array();
    for (uint8_t b : *l.hwaddr) w.value(unsigned{b});
    w.end_array();
  }
  w.end_object();
}

void write_op(JsonWriter& w, const KernelOp& op) {
  w.begin_object().member("kind", kKinds[static_cast<int>(op.kind)]).member("what", op.what);
  switch (op.kind) {
    case KernelOpKind::set_link:
      w.key("link");
      write_link(w, op.link);
      break;
    case KernelOpKind::add_addr:
    case KernelOpKind::del_addr:
    case KernelOpKind::replace_addr:
      w.key("addr");
      write_addr(w, op.addr);
      break;
    case KernelOpKind::set_conf:
      w.key("conf").begin_object().member("family", family_name(op.conf.family));
      w.member("ifname", store_name_json(op.conf.ifname)).member("key", op.conf.key);
      w.member("value", op.conf.value).end_object();
      break;
    case KernelOpKind::note_routes:
    case KernelOpKind::restore_routes:
      w.member("index", op.link.index).member("link_name", store_name_json(op.link_name));
      break;
  }
  w.end_object();
}

std::string ops_json(const std::vector<KernelOp>& ops) {
  std::string out;
  JsonWriter w(out);
  w.begin_array();
  for (const auto& op : ops) write_op(w, op);
  w.end_array();
  return out;
}

std::string text_field(const JsonTree& j, const char* key, const std::string& where, std::string& problem) {
  const JsonTree* v = j.find(key);
  if (v && v->kind == JsonTree::Kind::string) return v->string;
  if (problem.empty()) problem = where + ": " + key + " not a string";
  return {};
}

Addr addr_from(const JsonTree& j, const std::string& where, std::string& problem) {
  StoreFields f(j, where, problem);
  Addr a;
  a.family = f.family("family");
  a.ifindex = static_cast<int>(f.number("ifindex", 1, INT32_MAX));
  if (auto v = f.address("local", a.family, true)) a.local = *v;
  a.peer = f.address("peer", a.family);
  a.prefixlen = static_cast<int>(f.number("prefixlen", 0, a.family == AF_INET6 ? 128 : 32));
  a.broadcast = f.address("broadcast", AF_INET);
  if (j.find("label")) a.label = f.name("label");
  a.flags = static_cast<uint32_t>(f.number("flags", 0, UINT32_MAX));
  a.scope = static_cast<uint8_t>(f.number("scope", 0, UINT8_MAX));
  a.metric = static_cast<uint32_t>(f.number("metric", 0, UINT32_MAX));
  a.valid_lft = static_cast<uint32_t>(f.number("valid_lft", 0, UINT32_MAX));
  a.preferred_lft = static_cast<uint32_t>(f.number("preferred_lft", 0, UINT32_MAX));
  return a;
}

LinkChange link_change_from(const JsonTree& j, const std::string& where, std::string& problem) {
  StoreFields f(j, where, problem);
  LinkChange l;
  l.index = static_cast<int>(f.number("index", 1, INT32_MAX));
  l.flags = static_cast<unsigned>(f.number("flags", 0, UINT32_MAX));
  l.change = static_cast<unsigned>(f.number("change", 0, UINT32_MAX));
  if (j.kind != JsonTree::Kind::object) return l;
  if (j.find("mtu")) l.mtu = static_cast<unsigned>(f.number("mtu", 0, UINT32_MAX));
  if (j.find("txqlen")) l.txqlen = static_cast<unsigned>(f.number("txqlen", 0, UINT32_MAX));
  l.token6 = f.address("token6", AF_INET6);
  if (j.find("hwaddr")) {
    const auto& hw = f.array("hwaddr");
    l.hwaddr.emplace();
    for (const auto& b : hw) {
      if (b.kind != JsonTree::Kind::unsigned_number || b.unsigned_number > 255) {
        if (problem.empty()) problem = where + ": hwaddr not a list of octets";
        break;
      }
      l.hwaddr->push_back(static_cast<uint8_t>(b.unsigned_number));
    }
  }
  return l;
}

KernelOp op_from(const JsonTree& j, const std::string& where, std::string& problem) {
  StoreFields f(j, where, problem);
  KernelOp op{KernelOpKind::set_link, {}, {}, {}};
  if (!f.ok()) return op;
  const std::string kind = text_field(j, "kind", where, problem);
  int k = 0;
  while (k < static_cast<int>(std::size(kKinds)) && kind != kKinds[k]) ++k;
  if (k == static_cast<int>(std::size(kKinds))) {
    if (problem.empty()) problem = where + ": kind " + kind + " unknown";
    return op;
  }
  op.kind = static_cast<KernelOpKind>(k);
  op.what = text_field(j, "what", where, problem);
  switch (op.kind) {
    case KernelOpKind::set_link: op.link = link_change_from(f.object("link"), where + " link", problem); break;
    case KernelOpKind::add_addr:
    case KernelOpKind::del_addr:
    case KernelOpKind::replace_addr: op.addr = addr_from(f.object("addr"), where + " addr", problem); break;
    case KernelOpKind::set_conf: {
      StoreFields c(f.object("conf"), where + " conf", problem);
      op.conf.family = c.family("family");
      op.conf.ifname = c.name("ifname");
      op.conf.key = text_field(f.object("conf"), "key", where + " conf", problem);
      op.conf.value = static_cast<uint32_t>(c.number("value", 0, UINT32_MAX));
      break;
    }
    case KernelOpKind::note_routes:
    case KernelOpKind::restore_routes:
      op.link.index = static_cast<int>(f.number("index", 1, INT32_MAX));
      op.link_name = f.name("link_name");
      break;
  }
  return op;
}

std::vector<KernelOp> ops_from(StoreFields& f, const char* key, std::string& problem) {
  std::vector<KernelOp> out;
  const auto& ops = f.array(key);
  for (std::size_t i = 0; i < ops.size() && problem.empty(); ++i)
    out.push_back(op_from(ops[i], std::string(key) + " " + std::to_string(i), problem));
  return out;
}

void write_usesrc(JsonWriter& w, const std::vector<UsesrcTouch>& touched) {
  w.begin_array();
  for (const auto& u : touched) {
    w.begin_object().member("index", u.index).member("name", store_name_json(u.name));
    w.member("source_index", u.source_index);
    w.member("source_name", u.source_index ? store_name_json(u.source_name) : "");
    w.member("family", family_name(u.family)).end_object();
  }
  w.end_array();
}

std::vector<UsesrcTouch> usesrc_from(StoreFields& f, const char* key, std::string& problem) {
  std::vector<UsesrcTouch> out;
  const auto& list = f.array(key);
  for (std::size_t i = 0; i < list.size() && problem.empty(); ++i) {
    StoreFields u(list[i], std::string(key) + " " + std::to_string(i), problem);
    UsesrcTouch t;
    t.index = static_cast<int>(u.number("index", 1, INT32_MAX));
    t.name = u.name("name");
    t.source_index = static_cast<int>(u.number("source_index", 0, INT32_MAX));
    if (t.source_index) t.source_name = u.name("source_name");
    t.family = u.family("family");
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace

const NotedRoutes* ChangeJournal::find_noted(int index) const {
  for (const auto& n : noted)
    if (n.index == index) return &n;
  return nullptr;
}

std::string journal_to_json(const ChangeJournal& j, uint64_t netns_cookie) {
  // Written as it goes; the store's own text and each link's routes, in
  // the store's layout, are spliced in whole.
  std::string out;
  JsonWriter w(out);
  w.begin_object().member("version", 1).member("netns_cookie", netns_cookie);
  w.key("noted").begin_array();
  for (const auto& n : j.noted) {
    std::string routes;
    IndentedJson r(routes, 0);
    put_stored_routes(r, n.routes);
    w.begin_object().member("index", n.index).key("routes").raw(routes).end_object();
  }
  w.end_array();
  w.key("usesrc");
  write_usesrc(w, j.usesrc);
  w.key("usesrc_undo");
  write_usesrc(w, j.usesrc_undo);
  w.key("unplumb").begin_array();
  for (const auto& l : j.unplumb) w.begin_object().member("index", l.index).member("name", store_name_json(l.name)).end_object();
  w.end_array();
  w.key("ops").raw(ops_json(j.ops));
  w.key("undo").raw(ops_json(j.undo));
  w.key("store").raw(store_to_json(j.store));
  w.end_object();
  out += '\n';
  return out;
}

Result<ChangeJournal> journal_from_json(std::string_view text) {
  const std::optional<JsonTree> j = parse_json_tree(text);
  if (!j) return error("not JSON");
  std::string problem;
  StoreFields f(*j, "journal", problem);
  f.number("version", 1, 1);
  ChangeJournal out;
  out.netns_cookie = f.number("netns_cookie", 0, UINT64_MAX);
  const auto& noted = f.array("noted");
  for (std::size_t i = 0; i < noted.size() && problem.empty(); ++i) {
    const std::string where = "noted " + std::to_string(i);
    StoreFields n(noted[i], where, problem);
    NotedRoutes r;
    r.index = static_cast<int>(n.number("index", 1, INT32_MAX));
    const auto& routes = n.array("routes");
    for (std::size_t k = 0; k < routes.size() && problem.empty(); ++k)
      r.routes.push_back(stored_route_from(routes[k], where + " route " + std::to_string(k), problem));
    out.noted.push_back(std::move(r));
  }
  out.usesrc = usesrc_from(f, "usesrc", problem);
  out.usesrc_undo = usesrc_from(f, "usesrc_undo", problem);
  const auto& unplumb = f.array("unplumb");
  for (std::size_t i = 0; i < unplumb.size() && problem.empty(); ++i) {
    StoreFields l(unplumb[i], "unplumb " + std::to_string(i), problem);
    JournalLink link;
    link.index = static_cast<int>(l.number("index", 1, INT32_MAX));
    link.name = l.name("name");
    out.unplumb.push_back(std::move(link));
  }
  out.ops = ops_from(f, "ops", problem);
  out.undo = ops_from(f, "undo", problem);
  if (problem.empty() && out.undo.size() != out.ops.size()) problem = "journal: undo and ops differ in length";
  const JsonTree& store = f.object("store");
  if (!problem.empty()) return error(problem);
  auto doc = store_from_tree(store);
  if (!doc) return error("journal: " + doc.error().message);
  out.store = std::move(*doc);
  return out;
}

}  // namespace solnet

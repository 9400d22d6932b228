#include "lib/ifconfig/journal.h"

#include <linux/if_addr.h>
#include <net/if.h>
#include <sys/socket.h>

#include <doctest/doctest.h>

#include "lib/common/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_ifconfig_journal_test {

KernelOp op(KernelOpKind kind) { return KernelOp{kind, {}, {}, "v0: what it does"}; }

// One operation of every kind, with every optional field set.
ChangeJournal sample() {
  ChangeJournal j;
  j.store.get(2, "v\xff" "0").lifs.push_back(installed_record(AF_INET6, 3, ip("2001:db8::3"), 0x8000));
  KernelOp link = op(KernelOpKind::set_link);
  link.link = {.index = 2, .flags = IFF_UP, .change = IFF_UP, .mtu = 1400, .hwaddr = HwAddr{2, 0, 0, 0, 0, 9},
               .txqlen = 500, .token6 = ip("::1:2")};
  KernelOp add = op(KernelOpKind::add_addr);
  add.addr = secondary(v4(2, "10.0.0.2", 24, "v\xff" "0:1"));
  add.addr.metric = 20;
  add.addr.peer = ip("10.0.0.9");
  KernelOp del = op(KernelOpKind::del_addr);
  del.addr = v6(2, "2001:db8::3", 64);
  del.addr.preferred_lft = 0;
  KernelOp conf = op(KernelOpKind::set_conf);
  conf.conf = {AF_INET6, "v0", "disable_ipv6", 1};
  KernelOp note = op(KernelOpKind::note_routes);
  note.link.index = 2;
  note.link_name = "v0";
  KernelOp restore = note;
  restore.kind = KernelOpKind::restore_routes;
  j.ops = {note, link, add, del, conf, op(KernelOpKind::replace_addr), restore};
  j.undo = {restore, link, del, add, conf, op(KernelOpKind::replace_addr), note};
  j.ops[5].addr = v4(2, "10.0.0.1", 24, "v0");
  j.undo[5].addr = j.ops[5].addr;
  // routes are kept by link index: no name
  j.noted = {{2, {route4("192.0.2.0", 24, "10.0.0.254", 2, "")}}};
  j.usesrc = {{2, "v0", 3, "v1", AF_INET}};
  j.usesrc_undo = {{2, "v0", 0, "", AF_INET6}};
  j.unplumb = {{7, "vni0"}};
  return j;
}

TEST_CASE("a journal reads back as written: operations, routes, usesrc, links, the store") {
  const ChangeJournal j = sample();
  const std::string text = journal_to_json(j, 4242);
  auto back = journal_from_json(text);
  REQUIRE_MESSAGE(back, (back ? "" : back.error().message));
  CHECK(back->netns_cookie == 4242);
  CHECK(back->store == j.store);
  CHECK(back->noted == j.noted);
  CHECK(back->unplumb == j.unplumb);
  CHECK(back->usesrc.size() == 1);
  CHECK(back->usesrc_undo[0].family == AF_INET6);
  CHECK(back->ops.size() == j.ops.size());
  CHECK(back->ops[2].addr.label == "v\xff" "0:1");
  CHECK(back->ops[2].addr.peer == ip("10.0.0.9"));
  CHECK(back->ops[1].link.hwaddr == HwAddr{2, 0, 0, 0, 0, 9});
  CHECK(back->ops[3].addr.preferred_lft == 0);
  CHECK(back->find_noted(2) != nullptr);
  CHECK(back->find_noted(3) == nullptr);
  // nothing lost on the way: written again, the same text
  CHECK(journal_to_json(*back, 4242) == text);
}

TEST_CASE("a damaged journal is an error naming the first problem, never an exception") {
  const std::string good = journal_to_json(sample(), 1);
  CHECK_FALSE(journal_from_json(""));
  CHECK_FALSE(journal_from_json(good.substr(0, good.size() / 2)));
  CHECK_FALSE(journal_from_json("[]"));
  CHECK_FALSE(journal_from_json("{\"version\": null}"));
  auto replaced = [&](const std::string& from, const std::string& to) {
    std::string t = good;
    t.replace(t.find(from), from.size(), to);
    return journal_from_json(t);
  };
  auto kind = replaced("\"kind\":\"add_addr\"", "\"kind\":\"format_disk\"");
  REQUIRE_FALSE(kind);
  CHECK(kind.error().message == "ops 2: kind format_disk unknown");
  CHECK(replaced("\"prefixlen\":24", "\"prefixlen\":99").error().message == "ops 2 addr: prefixlen 99 out of range");
  CHECK_FALSE(replaced("\"ifindex\":2", "\"ifindex\":\"2\""));
  CHECK_FALSE(replaced("\"undo\":[", "\"undo\":[1,"));
  // the store inside is checked as a store is
  CHECK(replaced("\"usesrc\": []", "\"usesrc\": {}").error().message == "journal: store: usesrc not an array");
}

}  // namespace lib_ifconfig_journal_test

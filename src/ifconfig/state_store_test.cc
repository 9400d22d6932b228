#include "src/ifconfig/state_store.h"

#include <stdlib.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "src/common/temp_dir.h"

using namespace solnet;

namespace src_ifconfig_state_store_test {

// A store directory "lif" in a directory of its own; the checks of the
// store's directory need root's files, so these tests run as root only.
struct Dir : fixture::TempDir {
  std::string lif = path + "/lif";
  std::string listing() const {
    std::string out;
    FILE* p = popen(("ls -A " + lif).c_str(), "r");
    char buf[256];
    while (fgets(buf, sizeof buf, p)) out += buf;
    pclose(p);
    return out;
  }
};

Status add_link(StoreDoc& doc) {
  doc.get(2, "v0").inet_unplumbed = true;
  return {};
}

TEST_CASE("one file per namespace; a dead namespace's file, its inode reused, is not inherited") {
  if (geteuid() != 0) return;
  Dir d;
  FileStateStore a(d.lif, NetnsId{4, 100, 7});
  REQUIRE(a.update(add_link));
  CHECK(a.read().links.size() == 1);
  CHECK(FileStateStore(d.lif, NetnsId{4, 101, 8}).read().links.empty());
  CHECK(FileStateStore(d.lif, NetnsId{4, 100, 9}).read().links.empty());
  CHECK(d.listing() == "net.4.100.json\nnet.4.100.lock\n");
  struct stat st{};
  REQUIRE(stat((d.lif + "/net.4.100.lock").c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0600);
}

TEST_CASE("an unreadable store is moved aside by root, with one warning, and the writer starts afresh") {
  if (geteuid() != 0) return;
  Dir d;
  FileStateStore s(d.lif, NetnsId{4, 100, 7});
  REQUIRE(s.update(add_link));
  std::ofstream(d.lif + "/net.4.100.json") << "{\"version\": null}";
  CHECK(s.read().links.empty());
  const std::string after = d.listing();
  CHECK(after.find("net.4.100.json.corrupt.") != std::string::npos);
  CHECK(after.find("net.4.100.json\n") == std::string::npos);
  REQUIRE(s.update(add_link));
  CHECK(s.read().links.size() == 1);
}

TEST_CASE("the store is not a regular file: writers fail and change nothing") {
  if (geteuid() != 0) return;
  Dir d;
  FileStateStore s(d.lif, NetnsId{4, 100, 7});
  REQUIRE(s.update(add_link));
  REQUIRE(unlink((d.lif + "/net.4.100.json").c_str()) == 0);
  REQUIRE(mkfifo((d.lif + "/net.4.100.json").c_str(), 0644) == 0);
  bool changed = false;
  auto st = s.update([&](StoreDoc&) {
    changed = true;
    return Status{};
  });
  REQUIRE_FALSE(st);
  CHECK(st.error().message == "state store " + d.lif + "/net.4.100.json: not a regular file");
  CHECK_FALSE(changed);
  CHECK(s.read().links.empty());
}

// Records the journals it is given; its outcome is the journal's store.
struct FakeReplayer : JournalReplayer {
  std::vector<ChangeJournal> seen;
  Outcome replay(const ChangeJournal& j, const StoreDoc&) override {
    seen.push_back(j);
    return Outcome{.store = j.store, .completed = true, .problems = {"v0: cannot add 10.0.0.9/24: test"}};
  }
};

// A store with a fake replayer, holding one link.
struct Replaying : Dir {
  FakeReplayer replayer;
  FileStateStore s{lif, NetnsId{4, 100, 7}, &replayer};
  Replaying() { REQUIRE(s.update(add_link)); }
  void plant(const std::string& text) { std::ofstream(lif + "/net.4.100.journal") << text; }
};

ChangeJournal journal_with_link() {
  ChangeJournal j;
  j.store.get(2, "v0").flags4 = 0x8000;
  j.ops.push_back(KernelOp{KernelOpKind::set_link, {}, {}, "v0: up"});
  j.ops[0].link.index = 2;
  j.undo = j.ops;
  return j;
}

TEST_CASE("a change's journal is there while it runs and gone after, done or failed") {
  if (geteuid() != 0) return;
  Dir d;
  FakeReplayer replayer;
  FileStateStore s(d.lif, NetnsId{4, 100, 7}, &replayer);
  for (bool fails : {false, true}) {
    std::string during;
    auto st = s.update([&](StoreDoc& doc) {
      ChangeJournal j = journal_with_link();
      doc = j.store;
      if (auto w = s.intend(j); !w) return w;
      during = d.listing();
      return fails ? Status(error("refused")) : Status{};
    });
    CHECK(bool(st) == !fails);
    CHECK(during.find("net.4.100.journal\n") != std::string::npos);
    CHECK(d.listing() == "net.4.100.json\nnet.4.100.lock\n");
  }
  CHECK(replayer.seen.empty());
}

TEST_CASE("a killed writer's journal is replayed by the next root run, a display too, and removed") {
  if (geteuid() != 0) return;
  Replaying r;
  r.plant(journal_to_json(journal_with_link(), 7));
  const StoreDoc shown = r.s.read();
  REQUIRE(r.replayer.seen.size() == 1);
  CHECK(r.replayer.seen[0].ops.size() == 1);
  CHECK(shown.links == journal_with_link().store.links);
  CHECK(r.listing() == "net.4.100.json\nnet.4.100.lock\n");
  CHECK(r.s.read() == shown);
  CHECK(r.replayer.seen.size() == 1);
}

TEST_CASE("a journal of a dead namespace is dropped, an unreadable one moved aside, neither replayed") {
  if (geteuid() != 0) return;
  Replaying r;
  r.plant(journal_to_json(journal_with_link(), 6));
  CHECK(r.s.read().links.size() == 1);
  CHECK(r.listing() == "net.4.100.json\nnet.4.100.lock\n");
  r.plant("{\"version\": 1, \"ops\": ");
  CHECK(r.s.read().links.size() == 1);
  CHECK(r.listing().find("net.4.100.journal.corrupt.") != std::string::npos);
  CHECK(r.replayer.seen.empty());
}

}  // namespace src_ifconfig_state_store_test

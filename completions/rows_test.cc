#include "lib/common/completion_table.h"

#include <doctest/doctest.h>

#include <set>
#include <string>

#include "completions/rows.h"
#include "lib/arp/keywords.h"
#include "lib/arp/options.h"
#include "lib/dhcp/keywords.h"
#include "lib/ifconfig/keywords.h"
#include "lib/ifconfig/options.h"
#include "lib/route/args.h"
#include "lib/route/nettools_args.h"
#include "lib/route/options.h"
#include "lib/route/solaris_args.h"

using namespace solnet;

namespace completions_rows_test {

namespace {

const CompletionRow* find_row(const std::vector<CompletionRow>& rows, std::string_view state, std::string_view word) {
  for (const auto& r : rows)
    if (r.state == state && r.word == word) return &r;
  return nullptr;
}

// The row, which must be there.
const CompletionRow& row(const std::vector<CompletionRow>& rows, std::string_view state, std::string_view word) {
  const CompletionRow* r = find_row(rows, state, word);
  REQUIRE_MESSAGE(r, state << " " << word);
  return *r;
}

std::vector<CompletionRow> rows_of(std::string_view command) {
  auto rows = completion_rows(command);
  REQUIRE(rows);
  return *rows;
}

}  // namespace

TEST_CASE("ifconfig: the interface, then every keyword; dhcp leads to the DHCP words") {
  auto rows = rows_of("ifconfig");
  CHECK(row(rows, "start", "*").kind == "lifname");
  CHECK(row(rows, "start", "*").next == "family");
  for (auto sel : {"-a", "-a4", "-a6", "-au", "-ad", "-aD"}) CHECK(row(rows, "start", sel).next == "family");
  // An address family only right after the interface.
  CHECK(row(rows, "family", "inet").next == "keywords");
  CHECK(row(rows, "family", "*").next == "keywords");
  CHECK_FALSE(find_row(rows, "keywords", "inet6"));
  CHECK(row(rows, "family", "netmask").next == "keywords");
  for (auto opt : {"--json", "-j", "--help", "--version"}) CHECK_MESSAGE(find_row(rows, "start", opt), opt);
  CHECK(find_row(rows, "keywords", "--json"));
  // Each family's keywords: IPv4's unless inet6 came.
  CHECK(row(rows, "family", "inet6").next == "keywords6");
  for (const auto& k : ifconfig_keywords()) {
    CHECK_MESSAGE((find_row(rows, "keywords", k.info.name) != nullptr) == bool(k.families & kFamInet), k.info.name);
    CHECK_MESSAGE((find_row(rows, "keywords6", k.info.name) != nullptr) == bool(k.families & kFamInet6), k.info.name);
  }
  CHECK_FALSE(find_row(rows, "keywords6", "dhcp"));
  for (const auto& k : dhcp_keywords()) {
    if (k.role == DhcpWordRole::intro) {
      CHECK(row(rows, "keywords", k.info.name).next == "dhcp");
    } else {
      CHECK_MESSAGE(find_row(rows, "dhcp", k.info.name), k.info.name);
      CHECK_FALSE(find_row(rows, "keywords", k.info.name));
    }
  }
}

// What one field of a row must be.
struct Expect {
  std::string_view command, state, word;
  std::string CompletionRow::*field;
  std::string_view value;
};

constexpr auto kKind = &CompletionRow::kind;
constexpr auto kChoices = &CompletionRow::choices;
constexpr auto kNext = &CompletionRow::next;

// "ether" alone shows the address: the next word may be a keyword. route
// takes a logical interface wherever it takes one (and its address as source).
constexpr Expect kExpected[] = {
    {"ifconfig", "keywords", "netmask", kKind, "netmask"},
    {"ifconfig", "keywords", "netmask", kChoices, "+"},
    {"ifconfig", "keywords", "broadcast", kChoices, "+"},
    {"ifconfig", "keywords", "hw", kNext, "keywords-hw"},
    {"ifconfig", "keywords-hw", "ether", kKind, "ether"},
    {"ifconfig", "keywords-hw", "ether", kNext, "keywords"},
    {"ifconfig", "keywords6-hw", "ether", kNext, "keywords6"},
    {"ifconfig", "keywords", "usesrc", kKind, "interface"},
    {"ifconfig", "keywords", "usesrc", kChoices, "none"},
    {"ifconfig", "keywords", "mtu", kKind, "number"},
    {"ifconfig", "keywords", "ether", kKind, ""},
    {"ifconfig", "keywords", "up", kKind, ""},
    {"ifconfig", "dhcp", "wait", kKind, "number"},
    {"ifconfig", "dhcp", "wait", kChoices, "forever"},
    {"arp", "start", "-s", kNext, "set_host"},
    {"arp", "start", "--set", kNext, "set_host"},
    {"arp", "start", "-d", kNext, "del_host"},
    {"arp", "set_host", "*", kNext, "set_mac"},
    {"arp", "set_mac", "*", kNext, "set"},
    {"arp", "del_host", "*", kNext, "del"},
    {"arp", "set", "dev", kKind, "interface"},
    {"arp", "start", "-i", kKind, "interface"},
    {"arp", "start", "-A", kChoices, "inet"},
    {"route", "start", "add", kNext, "route"},
    {"route", "start", "flush", kNext, "family"},
    {"route", "start", "show", kNext, "none"},
    {"route", "route", "dev", kKind, "lifname"},
    {"route", "route", "-ifp", kKind, "lifname"},
    {"route", "start", "-A", kChoices, "inet inet6 inet,inet6"},
    {"route", "start", "--protocol", kKind, "choice"},
    {"route", "start", "-R", kKind, "file"},
};

TEST_CASE("rows carry the argument kinds, choices and next states the shells need") {
  for (const auto& e : kExpected)
    CHECK_MESSAGE(row(rows_of(e.command), e.state, e.word).*e.field == e.value,
                  e.command << " " << e.state << " " << e.word << ": " << e.value);
}

TEST_CASE("arp: -s HOST MAC and -d HOST lead to the keywords each allows") {
  auto rows = rows_of("arp");
  for (const auto& m : arp_modifiers()) {
    CHECK_MESSAGE((find_row(rows, "set", m.info.name) != nullptr) == m.set, m.info.name);
    CHECK_MESSAGE((find_row(rows, "del", m.info.name) != nullptr) == m.del, m.info.name);
  }
  // Options go anywhere, with their long names and aliases.
  for (auto opt : {"-i", "--device", "-H", "-t", "--hw-type", "-A", "-p", "-n", "--numeric", "-h", "-?", "--help"})
    CHECK_MESSAGE(find_row(rows, "set", opt), opt);
  for (auto opt : {"--net-tools", "-V", "--version", "-j", "--json"}) CHECK_MESSAGE(find_row(rows, "start", opt), opt);
}

TEST_CASE("route: options, the command, then modifiers and keywords of both syntaxes") {
  auto rows = rows_of("route");
  for (const auto& v : route_verbs()) CHECK_MESSAGE(find_row(rows, "start", v.info.name), v.info.name);
  for (const auto& m : solaris_modifiers())
    CHECK_MESSAGE(find_row(rows, "route", "-" + std::string(m.info.name)), m.info.name);
  for (const auto& k : nettools_keywords()) CHECK_MESSAGE(find_row(rows, "route", k.info.name), k.info.name);
  CHECK(find_row(rows, "family", "-inet6"));
  CHECK_FALSE(find_row(rows, "family", "-netmask"));
  for (auto opt : {"-n", "-v", "-e", "-f", "-p", "-q", "-4", "-6", "-j", "--json", "-V", "--version", "-h", "--help"})
    CHECK_MESSAGE(find_row(rows, "start", opt), opt);
}

TEST_CASE("every row is unique in its state") {
  for (auto command : {"ifconfig", "arp", "route"}) {
    std::set<std::pair<std::string, std::string>> seen;
    for (const auto& r : rows_of(command)) CHECK_MESSAGE(seen.emplace(r.state, r.word).second, r.state << " " << r.word);
  }
  CHECK_FALSE(completion_rows("netstat"));
}

TEST_CASE("the table text is one line per row; '|' in a field is refused") {
  auto text = completion_table_text({{"start", "-a", "", "", "keywords", "every interface"},
                                     {"keywords", "netmask", "netmask", "+", "", "subnet mask"}});
  REQUIRE(text);
  CHECK(*text == "start|-a|||keywords|every interface\nkeywords|netmask|netmask|+||subnet mask\n");
  CHECK_FALSE(completion_table_text({{"start", "a|b", "", "", "", ""}}));
  CHECK_FALSE(completion_table_text({{"start", "a", "", "", "", "two\nlines"}}));
}

TEST_CASE("every command takes --json and --version; each option has help and its long form") {
  for (auto table : {ifconfig_cli_options(), arp_cli_options(), route_cli_options()}) {
    bool json = false, version = false;
    for (const auto& o : table) {
      json = json || o.id == CliOpt::json;
      version = version || o.id == CliOpt::version;
      CHECK_MESSAGE(!o.info.help.empty(), o.info.name);
      CHECK_MESSAGE(std::string_view(o.flags).find(o.info.name) != std::string_view::npos, o.info.name);
    }
    CHECK(json);
    CHECK(version);
  }
}

}  // namespace completions_rows_test

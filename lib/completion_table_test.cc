#include "completion_table.h"

#include <doctest/doctest.h>

#include <set>
#include <string>

#include "arp_keywords.h"
#include "dhcp_keywords.h"
#include "ifconfig_keywords.h"
#include "route_args.h"
#include "route_nettools_args.h"
#include "route_solaris_args.h"

using namespace solnet;

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
  CHECK(row(rows, "start", "*").next == "keywords");
  for (auto sel : {"-a", "-a4", "-a6", "-au", "-ad", "-aD"}) CHECK(row(rows, "start", sel).next == "keywords");
  for (auto opt : {"--json", "-j", "--help", "--version"}) CHECK_MESSAGE(find_row(rows, "start", opt), opt);
  CHECK(find_row(rows, "keywords", "--json"));
  for (const auto& k : ifconfig_keywords()) CHECK_MESSAGE(find_row(rows, "keywords", k.info.name), k.info.name);
  for (const auto& k : dhcp_keywords()) {
    if (k.role == DhcpWordRole::intro) {
      CHECK(row(rows, "keywords", k.info.name).next == "dhcp");
    } else {
      CHECK_MESSAGE(find_row(rows, "dhcp", k.info.name), k.info.name);
      CHECK_FALSE(find_row(rows, "keywords", k.info.name));
    }
  }
}

TEST_CASE("ifconfig: arguments carry their kind and the words to offer") {
  auto rows = rows_of("ifconfig");
  CHECK(row(rows, "keywords", "netmask").kind == "netmask");
  CHECK(row(rows, "keywords", "netmask").choices == "+");
  CHECK(row(rows, "keywords", "broadcast").choices == "+");
  CHECK(row(rows, "keywords", "hw").choices == "ether");
  CHECK(row(rows, "keywords", "mtu").kind == "number");
  // "ether" alone shows the address: the next word may be a keyword.
  CHECK(row(rows, "keywords", "ether").kind.empty());
  CHECK(row(rows, "keywords", "up").kind.empty());
  CHECK(row(rows, "dhcp", "wait").kind == "number");
  CHECK(row(rows, "dhcp", "wait").choices == "forever");
}

TEST_CASE("arp: -s HOST MAC and -d HOST lead to the keywords each allows") {
  auto rows = rows_of("arp");
  CHECK(row(rows, "start", "-s").next == "set_host");
  CHECK(row(rows, "start", "--set").next == "set_host");
  CHECK(row(rows, "start", "-d").next == "del_host");
  CHECK(row(rows, "set_host", "*").next == "set_mac");
  CHECK(row(rows, "set_mac", "*").next == "set");
  CHECK(row(rows, "del_host", "*").next == "del");
  for (const auto& m : arp_modifiers()) {
    CHECK_MESSAGE((find_row(rows, "set", m.info.name) != nullptr) == m.set, m.info.name);
    CHECK_MESSAGE((find_row(rows, "del", m.info.name) != nullptr) == m.del, m.info.name);
  }
  CHECK(row(rows, "set", "dev").kind == "interface");
  // Options go anywhere, with their long names and aliases.
  for (auto opt : {"-i", "--device", "-H", "-t", "--hw-type", "-A", "-p", "-n", "--numeric", "-h", "-?", "--help"})
    CHECK_MESSAGE(find_row(rows, "set", opt), opt);
  CHECK(row(rows, "start", "-i").kind == "interface");
  CHECK(row(rows, "start", "-A").choices == "inet");
  for (auto opt : {"--net-tools", "-V", "--version", "-j", "--json"}) CHECK_MESSAGE(find_row(rows, "start", opt), opt);
}

TEST_CASE("route: options, the command, then modifiers and keywords of both syntaxes") {
  auto rows = rows_of("route");
  for (const auto& v : route_verbs()) CHECK_MESSAGE(find_row(rows, "start", v.info.name), v.info.name);
  CHECK(row(rows, "start", "add").next == "route");
  CHECK(row(rows, "start", "flush").next == "family");
  CHECK(row(rows, "start", "show").next == "none");
  for (const auto& m : solaris_modifiers())
    CHECK_MESSAGE(find_row(rows, "route", "-" + std::string(m.info.name)), m.info.name);
  for (const auto& k : nettools_keywords()) CHECK_MESSAGE(find_row(rows, "route", k.info.name), k.info.name);
  CHECK(find_row(rows, "family", "-inet6"));
  CHECK_FALSE(find_row(rows, "family", "-netmask"));
  // A logical interface is an interface (and a source) to route.
  CHECK(row(rows, "route", "dev").kind == "lifname");
  CHECK(row(rows, "route", "-ifp").kind == "lifname");
  CHECK(row(rows, "start", "-A").choices == "inet inet6 inet,inet6");
  CHECK(row(rows, "start", "--protocol").kind == "choice");
  CHECK(row(rows, "start", "-R").kind == "file");
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

// Each row of ifconfig's keyword table consumes exactly the argument words
// it declares: the parser reads the shape from the table, and the row's
// argument parser accepts a sample of every kind it declares.
#include "lib/ifconfig/keyword_args.h"

#include <sys/socket.h>

#include <doctest/doctest.h>

#include "lib/common/fake_names.h"

using namespace solnet;

namespace lib_ifconfig_keyword_args_test {

namespace {

// A valid word of each kind, for the family.
std::string sample(ArgKind kind, int family) {
  const bool v6 = family == AF_INET6;
  switch (kind) {
    case ArgKind::number: return "1500";
    case ArgKind::address: return v6 ? "::1:2:3:4/64" : "10.0.0.0/24";  // subnet and token want a length
    case ArgKind::netmask: return "255.255.255.0";
    case ArgKind::interface: return "v0";
    case ArgKind::ether: return "2:0:0:0:0:1";
    case ArgKind::host: return v6 ? "2001:db8::2" : "10.0.0.2";
    default: return "";
  }
}

// The keyword, its declared argument words, then "up".
std::vector<std::string> line(const IfKeyword& k, int family) {
  std::vector<std::string> w{std::string(k.info.name)};
  if (k.info.arg != Arg::none) {
    const std::string_view choices = k.info.choices;
    const std::string first_choice(choices.substr(0, choices.find(' ')));
    for (int n = 1; n < k.info.words; ++n) w.push_back(first_choice);
    w.push_back(k.info.kind == ArgKind::choice ? first_choice : sample(k.info.kind, family));
  }
  w.push_back("up");
  return w;
}

}  // namespace

TEST_CASE("every row consumes exactly the argument words it declares") {
  fixture::FakeNames names;
  int rows = 0;
  for (const auto& k : ifconfig_keywords()) {
    if (!k.parse) continue;  // refused: see below
    for (int family : {AF_INET, AF_INET6}) {
      if (!(k.families & (family == AF_INET6 ? kFamInet6 : kFamInet))) continue;
      const auto words = line(k, family);
      CAPTURE(k.info.name);
      CAPTURE(family);
      auto c = parse_ifconfig_command(words, family, names);
      REQUIRE_MESSAGE(c, (c ? "" : c.error().message));
      REQUIRE(c->actions.size() == 2);
      CHECK(c->actions[0].keyword == &k);
      CHECK(c->actions[1].op == IfOp::up);
      ++rows;
    }
  }
  CHECK(rows > 40);
  // an optional argument is not taken when a keyword follows
  auto shown = parse_ifconfig_command(std::vector<std::string>{"ether", "up"}, AF_INET, names);
  REQUIRE(shown);
  CHECK(shown->actions.size() == 2);
  CHECK_FALSE(shown->actions[0].hw);
}

TEST_CASE("a refused keyword is refused before its argument is read") {
  fixture::FakeNames names;
  for (const auto& k : ifconfig_keywords()) {
    if (k.parse) continue;
    for (int family : {AF_INET, AF_INET6}) {
      if (!(k.families & (family == AF_INET6 ? kFamInet6 : kFamInet))) continue;
      auto c = parse_ifconfig_command(std::vector<std::string>{std::string(k.info.name)}, family, names);
      REQUIRE_FALSE(c);
      CHECK(c.error().message == refusal_message(k));
    }
  }
}

TEST_CASE("hw takes the class, then the address; the class is refused before the address is missed") {
  fixture::FakeNames names;
  auto err = [&](std::vector<std::string> w) {
    auto c = parse_ifconfig_command(w, AF_INET, names);
    REQUIRE_FALSE(c);
    return c.error().message;
  };
  CHECK(err({"hw"}) == "no argument for hw");
  CHECK(err({"hw", ""}) == "empty argument for hw");
  CHECK(err({"hw", "ether"}) == "no argument for hw ether");
  CHECK(err({"hw", "ether", ""}) == "empty argument for hw ether");
  CHECK(err({"hw", "fddi"}) == "hw fddi: unsupported hardware class (only ether)");
  CHECK(err({"hw", "fddi", "2:0:0:0:0:1"}) == "hw fddi: unsupported hardware class (only ether)");
  CHECK(err({"hw", "ether", "up"}) == "up: bad Ethernet address");
}

}  // namespace lib_ifconfig_keyword_args_test

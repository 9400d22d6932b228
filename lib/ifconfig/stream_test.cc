#include "lib/ifconfig/stream.h"

#include <arpa/inet.h>
#include <sys/socket.h>

#include <cstdio>

#include <doctest/doctest.h>

#include "lib/common/json_writer.h"
#include "lib/ifconfig/json.h"
#include "lib/ifconfig/text.h"

using namespace solnet;

namespace lib_ifconfig_stream_test {

// The renderers as they were before the display streamed (inet_ntop,
// snprintf, a list rendered whole), kept to compare bytes with.
std::string ntop(const InetAddr& a) {
  char buf[INET6_ADDRSTRLEN];
  return inet_ntop(a.family, a.bytes.data(), buf, sizeof buf);
}

std::string old_flags(uint64_t flags) {
  char hex[20];
  std::snprintf(hex, sizeof hex, "%llx", static_cast<unsigned long long>(flags));
  std::string s = hex;
  s += '<';
  bool first = true;
  for (auto n : sflag::names(flags)) {
    if (!first) s += ',';
    s += n;
    first = false;
  }
  return s + '>';
}

void old_header(const Lif& l, std::string& out) {
  out += l.name + ": flags=" + old_flags(l.flags);
  if (l.metric) out += " metric " + std::to_string(l.metric);
  out += " mtu " + std::to_string(l.mtu) + " index " + std::to_string(l.index) + '\n';
  if (!l.srcof.empty()) {
    out += "\tsrcof";
    for (const auto& n : l.srcof) out += ' ' + n;
    out += '\n';
  }
  if (!l.usesrc.empty()) out += "\tusesrc " + l.usesrc + '\n';
}

std::string old_text(const std::vector<Lif>& lifs) {
  std::string out;
  for (const Lif& l : lifs) {
    old_header(l, out);
    if (l.family == AF_INET) {
      out += "\tinet " + (l.address ? ntop(*l.address) : "0.0.0.0");
      if (l.destination) out += " --> " + ntop(*l.destination);
      char mask[9];
      std::snprintf(mask, sizeof mask, "%x", prefix_to_mask4(l.prefixlen));
      out += std::string(" netmask ") + mask;
      if ((l.flags & sflag::BROADCAST) && l.broadcast && !l.broadcast->is_zero())
        out += " broadcast " + ntop(*l.broadcast);
    } else {
      out += "\tinet6 " + (l.address ? ntop(*l.address) : "::") + '/' + std::to_string(l.prefixlen);
      if (l.destination) out += " --> " + ntop(*l.destination);
    }
    out += '\n';
    if (l.ether) out += "\tether " + ether_solaris(*l.ether) + '\n';
  }
  return out;
}

std::string old_json(const std::vector<Lif>& lifs) {
  std::string out;
  JsonWriter w(out);
  w.begin_object().key("interfaces").begin_array();
  for (const Lif& l : lifs) {
    const auto addr = [&](std::string_view name, const std::optional<InetAddr>& a) {
      if (a) w.member(name, ntop(*a));
      else w.null_member(name);
    };
    w.begin_object();
    addr("address", l.address);
    addr("broadcast", l.broadcast);
    addr("destination", l.destination);
    if (l.ether) w.member("ether", ether_colon(*l.ether));
    else w.null_member("ether");
    w.member("family", l.family == AF_INET ? "inet" : "inet6");
    w.key("flags").begin_object().key("names").begin_array();
    for (auto n : sflag::names(l.flags)) w.value(n);
    w.end_array().member("value", l.flags).end_object();
    w.member("in_kernel", l.installed);
    w.member("index", l.index);
    if (l.family == AF_INET && l.installed && l.address) w.member("label", l.label);
    else w.null_member("label");
    w.member("labelled", l.labelled);
    w.member("metric", l.metric);
    w.member("mtu", l.mtu);
    w.member("name", l.name);
    w.member("netmask", ntop(prefix_to_mask(l.family, l.prefixlen)));
    w.member("physical", l.phys);
    w.member("prefix_length", l.prefixlen);
    w.key("srcof").begin_array();
    for (const auto& s : l.srcof) w.value(s);
    w.end_array();
    w.member("unit", l.unit);
    w.member("up", (l.flags & sflag::UP) != 0);
    if (l.usesrc.empty()) w.null_member("usesrc");
    else w.member("usesrc", l.usesrc);
    w.end_object();
  }
  w.end_array().member("schema_version", kIfconfigSchemaVersion).end_object();
  return out + '\n';
}

struct Gen {
  uint32_t seed;
  uint32_t next() { return (seed = seed * 1103515245u + 12345u) >> 8; }
  bool coin() { return next() % 2; }
  InetAddr addr(int family) {
    InetAddr a;
    a.family = family;
    for (auto& b : a.bytes) b = next() % 3 ? static_cast<uint8_t>(next()) : 0;
    if (family == AF_INET) std::fill(a.bytes.begin() + 4, a.bytes.end(), 0);
    return a;
  }
  std::optional<InetAddr> maybe(int family) { return next() % 3 ? std::optional(addr(family)) : std::nullopt; }
  Lif lif() {
    Lif l;
    l.family = coin() ? AF_INET : AF_INET6;
    l.phys = coin() ? "eth" + std::to_string(next() % 100) : std::string("b\x1b\xff\xc3(d\"", 7);
    l.unit = coin() ? std::optional<unsigned>(next() % 70000) : std::nullopt;
    l.name = l.unit ? l.phys + ':' + std::to_string(*l.unit) : l.phys;
    // mostly the flags of the stanza before, as a link's stanzas are
    l.flags = next() % 4 ? last_flags_ : (uint64_t{next()} << 20 ^ next());
    last_flags_ = l.flags;
    l.index = static_cast<int>(next() % 5000);
    l.mtu = next() % 70000;
    l.metric = next() % 3 ? 0 : next();
    l.address = l.family == AF_INET || coin() ? maybe(l.family) : std::nullopt;
    l.prefixlen = static_cast<int>(next() % (l.family == AF_INET ? 33 : 129));
    l.broadcast = maybe(l.family);
    l.destination = next() % 4 ? std::nullopt : maybe(l.family);
    if (next() % 5 == 0) l.ether = HwAddr{0, 0x1b, static_cast<uint8_t>(next()), 0xa, 0xff, 2};
    l.label = coin() ? l.name : "";
    l.labelled = coin();
    l.installed = next() % 4 != 0;
    if (next() % 6 == 0) l.usesrc = "v" + std::to_string(next() % 9);
    if (next() % 6 == 0) l.srcof = {"e1", "e\t2"};
    return l;
  }
  uint64_t last_flags_ = 0x1000843;
};

TEST_CASE("the streamed text and JSON are the old renderers' bytes on generated interfaces") {
  Gen g{29};
  for (int round = 0; round < 60; ++round) {
    std::vector<Lif> lifs;
    for (int i = round % 7 == 0 ? 0 : static_cast<int>(g.next() % 200); i > 0; --i) lifs.push_back(g.lif());
    CHECK(render_text(lifs) == old_text(lifs));
    CHECK(render_json(lifs) == old_json(lifs));
    for (bool json : {false, true}) {
      StringSink sink;
      LifPrinter p(sink, json);
      for (const auto& l : lifs) p.add(l);
      p.finish();
      CHECK(sink.take() == (json ? old_json(lifs) : old_text(lifs)));
    }
  }
}

TEST_CASE("a streamed display passes its text on in chunks that end where stanzas end") {
  struct Chunks final : Sink {
    std::vector<std::string> got;
    void pass_on() override {
      got.push_back(text);
      text.clear();
    }
  } sink;
  Gen g{3};
  std::vector<Lif> lifs;
  for (int i = 0; i < 3000; ++i) lifs.push_back(g.lif());
  LifPrinter p(sink, false);
  for (const auto& l : lifs) p.add(l);
  p.finish();
  sink.pass_on();
  REQUIRE(sink.got.size() > 2);
  std::string all;
  for (const auto& c : sink.got) {
    CHECK(c.back() == '\n');
    all += c;
  }
  CHECK(all == old_text(lifs));
}

}  // namespace lib_ifconfig_stream_test

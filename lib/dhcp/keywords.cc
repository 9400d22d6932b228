#include "lib/dhcp/keywords.h"

#include <array>

namespace solnet {

namespace {

using R = DhcpWordRole;

constexpr std::array<DhcpKeyword, 10> kTable{{
    {{"auto-dhcp", Arg::none, "", "control the interface through the DHCP client", ArgKind::none, ""}, R::intro},
    {{"dhcp", Arg::none, "", "alias of auto-dhcp", ArgKind::none, ""}, R::intro},
    {{"primary", Arg::none, "", "this interface's lease sets the default route, DNS and hostname",
      ArgKind::none, ""},
     R::primary},
    {{"wait", Arg::required, "SECONDS|forever", "wait for the operation to complete", ArgKind::number,
      "forever"},
     R::wait},
    {{"drop", Arg::none, "", "stop DHCP control, keep the address", ArgKind::none, ""}, R::operation, DhcpOp::drop},
    {{"extend", Arg::none, "", "renew the lease", ArgKind::none, ""}, R::operation, DhcpOp::extend},
    {{"ping", Arg::none, "", "exit 0 if the interface is under DHCP control", ArgKind::none, ""},
     R::operation,
     DhcpOp::ping},
    {{"release", Arg::none, "", "give the address back and mark the interface down", ArgKind::none, ""},
     R::operation,
     DhcpOp::release},
    {{"start", Arg::none, "", "put the interface under DHCP control (default)", ArgKind::none, ""},
     R::operation,
     DhcpOp::start},
    {{"status", Arg::none, "", "show the DHCP state and lease times", ArgKind::none, ""},
     R::operation,
     DhcpOp::status},
}};

}  // namespace

std::span<const DhcpKeyword> dhcp_keywords() { return kTable; }

const DhcpKeyword* find_dhcp_keyword(std::string_view word) {
  for (const auto& k : kTable)
    if (k.info.name == word) return &k;
  return nullptr;
}

bool is_dhcp_intro(std::string_view word) {
  const DhcpKeyword* k = find_dhcp_keyword(word);
  return k && k->role == DhcpWordRole::intro;
}

std::string_view dhcp_op_name(DhcpOp op) {
  for (const auto& k : kTable)
    if (k.role == DhcpWordRole::operation && k.op == op) return k.info.name;
  return {};
}

std::string dhcp_usage() {
  std::string intro, modifiers, ops;
  for (const auto& k : kTable) {
    switch (k.role) {
      case R::intro:
        intro += (intro.empty() ? "" : "|") + std::string(k.info.name);
        break;
      case R::primary:
      case R::wait:
        modifiers += " [" + usage_form(k.info) + "]";
        break;
      case R::operation:
        ops += (ops.empty() ? "" : "|") + std::string(k.info.name);
        break;
    }
  }
  return "IF {" + intro + "}" + modifiers + " " + ops;
}

}  // namespace solnet

#include "lib/dhcp/keywords.h"

#include <algorithm>
#include <array>

#include "lib/dhcp/keyword_args.h"

namespace solnet {

namespace {

using R = DhcpWordRole;

constexpr std::array<DhcpKeyword, 11> kTable{{
    {{"auto-dhcp", Arg::none, "", "control the interface through the DHCP client", ArgKind::none, ""},
     R::intro,
     intro_word},
    {{"dhcp", Arg::none, "", "alias of auto-dhcp", ArgKind::none, ""}, R::intro, intro_word},
    {{"primary", Arg::none, "", "this interface's lease sets the default route, DNS and hostname",
      ArgKind::none, ""},
     R::primary,
     primary_word},
    {{"wait", Arg::required, "SECONDS|forever", "wait for the operation to complete", ArgKind::number,
      "forever"},
     R::wait,
     wait_word},
    {{"drop", Arg::none, "", "stop DHCP control, keep the address", ArgKind::none, ""},
     R::operation,
     operation_word,
     DhcpOp::drop},
    {{"extend", Arg::none, "", "renew the lease", ArgKind::none, ""}, R::operation, operation_word, DhcpOp::extend},
    {{"inform", Arg::none, "", "get configuration parameters for the interface's own address, no lease",
      ArgKind::none, ""},
     R::operation,
     operation_word,
     DhcpOp::inform},
    {{"ping", Arg::none, "", "exit 0 if the interface is under DHCP control", ArgKind::none, ""},
     R::operation,
     operation_word,
     DhcpOp::ping},
    {{"release", Arg::none, "", "give the address back and mark the interface down", ArgKind::none, ""},
     R::operation,
     operation_word,
     DhcpOp::release},
    {{"start", Arg::none, "", "put the interface under DHCP control (default)", ArgKind::none, ""},
     R::operation,
     operation_word,
     DhcpOp::start},
    {{"status", Arg::none, "", "show the DHCP state and lease times", ArgKind::none, ""},
     R::operation,
     operation_word,
     DhcpOp::status},
}};

// Every row has its parser.
static_assert(std::all_of(kTable.begin(), kTable.end(), [](const DhcpKeyword& k) { return k.parse != nullptr; }));

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

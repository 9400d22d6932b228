// Hardware (link-layer) types by the names net-tools gives them: for -H and
// for the HWtype column of its tables.
#pragma once

#include <optional>
#include <string_view>

namespace solnet {

struct HwType {
  std::string_view name;  // "ether"
  int arphrd;             // ARPHRD_*
  bool arp;               // the type resolves addresses with ARP
};

std::optional<HwType> hwtype_by_name(std::string_view name);

// The name net-tools prints for a link type; like net-tools, "ether" for
// types it does not know.
std::string_view hwtype_name(int arphrd);

}  // namespace solnet

#include "lib/arp/hwtype.h"

#include <net/if_arp.h>

namespace solnet {

// In net-tools' order: a type number two names share resolves to the first.
static constexpr HwType kTypes[] = {
    {"loop", ARPHRD_LOOPBACK, false},   {"slip", ARPHRD_SLIP, false},
    {"cslip", ARPHRD_CSLIP, false},     {"slip6", ARPHRD_SLIP6, false},
    {"cslip6", ARPHRD_CSLIP6, false},   {"adaptive", ARPHRD_ADAPT, false},
    {"ash", ARPHRD_ASH, true},          {"ether", ARPHRD_ETHER, true},
    {"ax25", ARPHRD_AX25, true},        {"netrom", ARPHRD_NETROM, true},
    {"rose", ARPHRD_ROSE, true},        {"tunnel", ARPHRD_TUNNEL, false},
    {"ppp", ARPHRD_PPP, false},         {"hdlc", ARPHRD_HDLC, false},
    {"lapb", ARPHRD_LAPB, false},       {"arcnet", ARPHRD_ARCNET, true},
    {"dlci", ARPHRD_DLCI, true},        {"frad", ARPHRD_FRAD, false},
    {"sit", ARPHRD_SIT, false},         {"fddi", ARPHRD_FDDI, true},
    {"hippi", ARPHRD_HIPPI, true},      {"irda", ARPHRD_IRDA, true},
    {"x25", ARPHRD_X25, true},          {"eui64", ARPHRD_EUI64, true},
};

std::optional<HwType> hwtype_by_name(std::string_view name) {
  for (const auto& t : kTypes)
    if (t.name == name) return t;
  return std::nullopt;
}

std::string_view hwtype_name(int arphrd) {
  for (const auto& t : kTypes)
    if (t.arphrd == arphrd) return t.name;
  return "ether";
}

}  // namespace solnet

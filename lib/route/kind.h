// Names of the kernel's route types, protocols and scopes, as iproute2
// spells them, for JSON and messages.
#pragma once

#include <cstdint>
#include <string>

namespace solnet {

// "unicast", "unreachable" ...; unknown values as decimal.
std::string route_type_name(uint8_t type);
// "kernel", "boot", "static", "dhcp" ...; unknown values as decimal.
std::string route_protocol_name(uint8_t protocol);
// "global", "link", "host" ...; unknown values as decimal.
std::string route_scope_name(uint8_t scope);

}  // namespace solnet

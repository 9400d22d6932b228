// The changing forms: -s, -d and -f. Each change is validated whole before
// the kernel is touched, and needs CAP_NET_ADMIN.
#pragma once

#include "src/arp/command.h"

namespace solnet {

ArpOutcome set_arp(const ArpArgs& args, ArpSystem& sys);
ArpOutcome delete_arp(const ArpArgs& args, ArpSystem& sys);
// Each bad line is reported with its number ("FILE:N: ...") and the rest
// still applied; the status is 1 when any line failed.
ArpOutcome file_arp(const ArpArgs& args, ArpSystem& sys);

}  // namespace solnet

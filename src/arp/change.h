// The changing forms: -s, -d and -f. Each change is validated whole before
// the kernel is touched, and needs CAP_NET_ADMIN.
#pragma once

#include "src/arp/command.h"

namespace solnet {

Result<ArpSet> set_arp(const ArpArgs& args, ArpSystem& sys);
Result<ArpDeleted> delete_arp(const ArpArgs& args, ArpSystem& sys);
// Each line's entry set or refused, the rest still applied.
Result<ArpFileSet> file_arp(const ArpArgs& args, ArpSystem& sys);

}  // namespace solnet

// Making and removing vni links (lib/vni.h says what a vni is here).
#pragma once

#include <string>

#include "src/common/kernel.h"

namespace solnet {

// Creates the vni link `name`, down, of the first kind in vni_kinds() the
// kernel has, and returns it as read back.
Result<Link> create_vni(Kernel& kernel, const std::string& name);

}  // namespace solnet

#include "src/ifconfig/vni_link.h"

#include "lib/common/escape.h"
#include "lib/ifconfig/vni.h"

namespace solnet {

Result<Link> create_vni(Kernel& kernel, const std::string& name) {
  const std::string what = printable(name) + ": cannot plumb";
  for (std::string_view kind : vni_kinds()) {
    auto made = kernel.add_link(name, std::string(kind));
    if (!made) return error(what + ": " + made.error().message);
    if (!*made) continue;
    auto link = kernel.link(name);
    if (!link) return link.error();
    if (!*link) return error(what + ": the new link is gone");
    return **link;
  }
  return error(what + ": the kernel has neither dummy nor ifb links");
}

}  // namespace solnet

#include "src/ifconfig/netmasks_file.h"

#include "src/common/safe_file.h"

namespace solnet {

Result<std::vector<NetmaskEntry>> read_netmasks_file(const std::string& path) {
  auto text = read_regular(path);
  if (!text) return text.error();
  if (!*text) return std::vector<NetmaskEntry>{};
  return parse_netmasks(**text);
}

}  // namespace solnet

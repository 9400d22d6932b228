#include "src/ifconfig/netmasks_file.h"

#include <errno.h>
#include <string.h>

#include "src/common/file_io.h"

namespace solnet {

Result<std::vector<NetmaskEntry>> read_netmasks_file(const std::string& path) {
  std::string text;
  if (!read_file(path, text)) {
    if (errno == ENOENT) return std::vector<NetmaskEntry>{};
    return error("cannot read " + path + ": " + strerror(errno));
  }
  return parse_netmasks(text);
}

}  // namespace solnet

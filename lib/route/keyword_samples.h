// For the tests that each table row consumes the arguments it declares: a
// valid sample argument of each kind.
#pragma once

#include <string>
#include <vector>

#include "lib/common/keyword.h"

namespace solnet::fixture {

inline std::vector<std::string> sample_args(const KeywordInfo& k) {
  if (k.arg == Arg::none) return {};
  switch (k.kind) {
    case ArgKind::number: return {"1500"};
    case ArgKind::address: return {"10.0.0.1"};
    case ArgKind::netmask: return {"255.255.255.0"};
    case ArgKind::ether: return {"2:0:0:0:0:1"};
    case ArgKind::interface: return {"v0"};
    case ArgKind::host: return {"10.0.0.2"};
    case ArgKind::choice: return {std::string(k.choices.substr(0, k.choices.find(' ')))};
    case ArgKind::none:
    case ArgKind::word:
    case ArgKind::file: break;
  }
  return {"x"};
}

}  // namespace solnet::fixture

// What each DHCP word does with itself and its argument words: the parsers
// the keyword table's rows point at. Errors carry exit code 3 (bad
// arguments).
#pragma once

#include <span>
#include <string>

#include "lib/common/result.h"
#include "lib/dhcp/args.h"

namespace solnet {

// What the words have said so far.
struct DhcpWords {
  DhcpRequest req;
  bool have_op = false;
};

// "X: unknown DHCP operation (did you mean ...?)".
Error unknown_dhcp_word(const std::string& word);

// For the rows. `args` holds the words the row declares.
Status intro_word(DhcpWords&, const DhcpKeyword& k, std::span<const std::string>);
Status operation_word(DhcpWords& w, const DhcpKeyword& k, std::span<const std::string>);
Status primary_word(DhcpWords& w, const DhcpKeyword&, std::span<const std::string>);
Status wait_word(DhcpWords& w, const DhcpKeyword&, std::span<const std::string> args);

}  // namespace solnet

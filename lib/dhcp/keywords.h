// The DHCP sub-language of ifconfig (SunOS 5.6 ifconfig(1M)):
//   ifconfig IF {auto-dhcp|dhcp} [primary] [wait SECONDS|forever]
//            drop|extend|inform|ping|release|start|status
// One table is the single source for parsing, usage text, "did you mean"
// and completions.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "lib/common/keyword.h"
#include "lib/common/result.h"

namespace solnet {

enum class DhcpOp { start, drop, extend, inform, ping, release, status };

enum class DhcpWordRole {
  intro,      // dhcp, auto-dhcp: selects the sub-language
  operation,  // what to do; start when none is given
  primary,    // the interface whose lease sets system-wide settings
  wait,       // how long to wait for the operation
};

struct DhcpKeyword;
struct DhcpWords;

// Reads a word and its argument words (as many as its KeywordInfo
// declares) into what the command asks (lib/dhcp/keyword_args.h).
using DhcpArgParser = Status (*)(DhcpWords& w, const DhcpKeyword& k, std::span<const std::string> args);

struct DhcpKeyword {
  KeywordInfo info;
  DhcpWordRole role;
  DhcpArgParser parse;
  DhcpOp op = DhcpOp::start;  // for operations
};

std::span<const DhcpKeyword> dhcp_keywords();

// The table entry named `word`, or null.
const DhcpKeyword* find_dhcp_keyword(std::string_view word);

// True for "dhcp" and "auto-dhcp".
bool is_dhcp_intro(std::string_view word);

// The keyword name of an operation ("start", ...).
std::string_view dhcp_op_name(DhcpOp op);

// The synopsis line, from the table:
// "IF {auto-dhcp|dhcp} [primary] [wait SECONDS|forever] drop|extend|...".
std::string dhcp_usage();

}  // namespace solnet

// The Solaris/illumos route(1M) command language:
//   route [-fnpqv] add|delete|change|get [modifiers] destination [gateway]
//   route flush|monitor [-inet|-inet6]
// Modifiers start with a dash (-netmask, -ifp ...); "host" and "net" may
// also go without it. The modifier table below is the single source for
// parsing, usage text and completions.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "lib/common/keyword.h"
#include "lib/common/name_lookup.h"
#include "lib/common/result.h"
#include "lib/route/request.h"

namespace solnet {

struct SolarisWords;  // what the modifiers collected, internal to the parser

struct SolarisModifier {
  KeywordInfo info;  // name without the dash
  Status (*apply)(SolarisWords& w, std::string_view arg);  // null exactly when refused
  std::string_view refused{};  // no Linux equivalent: why (the word is refused, changing nothing)
};

// "-WORD: not supported on this system (WHY)" for a refused modifier.
std::string modifier_refusal(const SolarisModifier& m);

std::span<const SolarisModifier> solaris_modifiers();

enum class SolarisVerb { add, del, change, get, flush, monitor, show };

struct SolarisCommand {
  SolarisVerb verb = SolarisVerb::add;
  RouteRequest req;      // add, delete, change, get
  int family = AF_INET;  // flush; monitor (0: every family)
};

// `args` are the words after the verb. `family` is the one "-f inet6"
// chose (AF_INET otherwise); a literal IPv6 destination also selects IPv6.
// Errors are illumos' syntax errors (exit status 1).
Result<SolarisCommand> parse_solaris(SolarisVerb verb, const std::vector<std::string>& args, int family,
                                     NameLookup& names);

}  // namespace solnet

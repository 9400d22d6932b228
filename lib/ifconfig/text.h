// The illumos-style stanzas ifconfig prints.
#pragma once

#include <string>
#include <vector>

#include "lib/ifconfig/lif.h"
#include "lib/ifconfig/sol_flags.h"

namespace solnet {

// One stanza: "NAME: flags=... mtu N index N" and its tab-indented lines;
// `flags` keeps the flags word of the stanza before.
void render_lif_text(const Lif& lif, std::string& out, sflag::FormatCache& flags);
std::string render_text(const std::vector<Lif>& lifs);

// The stanza's first line and its ether line, as "ifconfig IF ether" shows
// the Ethernet address (illumos).
std::string render_ether_text(const Lif& lif);

}  // namespace solnet

// The one-line results route(1M) prints for add, change and delete
// ("add net 10.9.0.0/16: gateway 172.16.3.200", then ": entry exists" when
// the kernel refused), and the lines of flush.
#pragma once

#include <optional>
#include <string>

#include "lib/common/inet_addr.h"
#include "lib/common/name_lookup.h"
#include "lib/common/route_model.h"
#include "lib/route/request.h"

namespace solnet {

// "add net DEST[: gateway GW]" with DEST and GW as typed; `persistent`
// for changes of the static-routes file ("add persistent net ...").
// `used` is the gateway address that worked: -n prints it, and a gateway
// name with several addresses gets it in parentheses.
std::string result_line(const RouteRequest& req, bool persistent, bool numeric,
                        const std::optional<InetAddr>& used);

// What route(1M) says for a refusal: "entry exists", "not in table",
// "insufficient privileges" ..., else the errno text; the kernel's
// extended-ack message follows when there is one.
std::string refusal_text(int errnum, const std::string& extack);

// One line of `route flush`: destination and gateway, each cut to 20
// columns, then "done".
std::string flush_line(const Route& r, bool numeric, NameLookup& names);

}  // namespace solnet

#include "lib/route/result_text.h"

#include <errno.h>
#include <string.h>

#include "lib/route/printf_text.h"
#include "lib/route/sol_names.h"

namespace solnet {

namespace {

const char* verb_word(RouteOp op) {
  switch (op) {
    case RouteOp::add: return "add";
    case RouteOp::change: return "change";
    case RouteOp::del: return "delete";
    case RouteOp::get: return "get";
  }
  return "";
}

}  // namespace

std::string result_line(const RouteRequest& req, bool persistent, bool numeric,
                        const std::optional<InetAddr>& used) {
  std::string s = verb_word(req.op);
  if (persistent) s += " persistent";
  s += req.host ? " host " : " net ";
  s += req.dest_text;
  if (req.gateway_text.empty()) return s;
  s += ": gateway ";
  if (numeric && used) s += used->str();
  else if (used && req.gateways.size() > 1) s += req.gateway_text + " (" + used->str() + ")";
  else s += req.gateway_text;
  return s;
}

std::string refusal_text(int errnum, const std::string& extack) {
  std::string s;
  switch (errnum) {
    case ESRCH:
    case ENOENT: s = "not in table"; break;
    case EBUSY: s = "entry in use"; break;
    case ENOBUFS: s = "routing table overflow"; break;
    case EEXIST: s = "entry exists"; break;
    case EPERM: s = "insufficient privileges"; break;
    default: s = strerror(errnum); break;
  }
  if (!extack.empty()) s += ": " + extack;
  return s;
}

std::string flush_line(const Route& r, bool numeric, NameLookup& names) {
  const std::string dst = r.is_host() ? sol_routename(r.dst, numeric, names) : sol_netname(r.dst, numeric, names);
  const std::string gw = sol_routename(r.gateway, numeric, names);
  return printf_text("%-20.20s %-20.20s done\n", dst.c_str(), gw.c_str());
}

}  // namespace solnet

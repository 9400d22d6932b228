#include "lib/route/present.h"

#include <errno.h>

#include "lib/common/escape.h"
#include "lib/route/get_text.h"
#include "lib/route/json.h"
#include "lib/route/monitor_text.h"
#include "lib/route/result_text.h"

namespace solnet {

namespace {

std::string refusal(const RouteRefusal& r) { return refusal_text(r.errnum, r.extack); }

// Renders one step into `p` (its status apart).
struct Render {
  Output& p;
  const RouteView& view;
  NameLookup& names;

  std::string& out() { return p.out; }
  void error_line(std::string line) { p.errors.push_back(std::move(line)); }

  void operator()(const Error& e) { error_line(e.message); }

  void operator()(const ChangeDone& c) {
    if (c.req.syntax == RouteSyntax::nettools) {
      if (c.refusal) error_line(result_line(c.req, false, false, std::nullopt) + ": " + refusal(*c.refusal));
      return;
    }
    if (view.verbose)
      for (const auto& e : c.sent) out() += render_message(e, view.numeric, names);
    // A refusal names the gateway address tried only with -n.
    if (c.refusal)
      out() += result_line(c.req, false, view.numeric, view.numeric ? c.gateway : std::nullopt) + ": " +
               refusal(*c.refusal) + "\n";
    else if (!view.quiet)
      out() += result_line(c.req, false, view.numeric, c.gateway) + "\n";
  }

  void operator()(const GetDone& g) {
    if (!g.found) {
      out() += (view.numeric ? g.req.dst.str() : g.req.dest_text) + ": " + refusal_text(ESRCH, "") + "\n";
    } else if (view.json) {
      out() += render_route_json({*g.found});
    } else {
      out() += render_get(g.req.dst, g.found->route, g.facts, view.numeric, names);
    }
  }

  void operator()(const FlushDone& f) {
    if (!f.permitted) error_line("flush: " + refusal_text(EPERM, ""));
    for (const auto& r : f.routes) {
      if (r.refusal)
        error_line("flush: " + r.route.dst.str() + "/" + std::to_string(r.route.dst_len) + ": " + refusal(*r.refusal));
      else if (!view.quiet)
        out() += flush_line(r.route, view.numeric, names);
    }
  }

  // The file's result lines; -q keeps those of successes, and of get, to itself.
  void operator()(const PersistAdded& a) {
    const std::string line = result_line(a.req, true, false, std::nullopt);
    if (a.exists) p.notes.push_back(line + ": entry exists");
    else if (!view.quiet) out() += line + "\n";
  }

  void operator()(const PersistRemoved& r) {
    if (!view.quiet)
      for (const auto& e : r.removed) out() += result_line(e, true, false, std::nullopt) + "\n";
    if (r.wanted && r.removed.empty())
      p.notes.push_back(result_line(*r.wanted, true, false, std::nullopt) + ": not in file");
  }

  void operator()(const PersistFound& f) {
    if (view.quiet) return;
    if (f.lines.empty()) out() += result_line(f.wanted, true, false, std::nullopt) + ": not in file\n";
    for (const auto& line : f.lines) out() += "persistent: route add " + line + "\n";
  }

  void operator()(const PersistListed& l) {
    if (l.lines.empty()) out() += "No persistent routes are defined\n";
    for (const auto& line : l.lines) out() += "persistent: route add " + line + "\n";
  }
};

}  // namespace

Output present_route(const RouteOutcome& outcome, const RouteView& view, NameLookup& names) {
  Output p;
  p.json = view.json;
  for (std::size_t i = 0; i < outcome.steps.size(); ++i) {
    std::visit(Render{p, view, names}, outcome.steps[i]);
    if (i < outcome.status_from) continue;
    if (int s = step_status(outcome.steps[i])) p.status = s;
  }
  return p;
}

std::string present_monitor_event(const MonitorEvent& e, const RouteView& view, NameLookup& names) {
  return terminal_safe(render_monitor(e, view.numeric, names));
}

}  // namespace solnet

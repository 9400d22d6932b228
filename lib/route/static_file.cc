#include "lib/route/static_file.h"

#include "lib/route/solaris_args.h"
#include "lib/route/split_words.h"

namespace solnet {

namespace {

// illumos compare_rtcmd(): same destination as typed, same mask, and the
// same gateway as typed unless the search names none.
bool matches(const RouteRequest& wanted, const RouteRequest& entry) {
  return wanted.dest_text == entry.dest_text && wanted.family == entry.family && wanted.prefix == entry.prefix &&
         (wanted.gateway_text.empty() || wanted.gateway_text == entry.gateway_text);
}

// Every line that is not a route of `family` (or matching `wanted` when
// given) is kept; the others are removed.
PersistOutcome remove_where(const StaticRoutes& file, const RouteRequest* wanted, int family, NameLookup& names) {
  PersistOutcome o;
  PersistRemoved removed;
  if (wanted) removed.wanted = *wanted;
  for (const auto& line : file.lines) {
    auto entry = static_route_request(line, names);
    const bool hit = entry && (wanted ? matches(*wanted, *entry) : entry->family == family);
    if (!hit) {
      o.file.lines.push_back(line);
      continue;
    }
    entry->op = RouteOp::del;
    removed.removed.push_back(std::move(*entry));
    o.changed = true;
  }
  o.result = std::move(removed);
  return o;
}

}  // namespace

StaticRoutes parse_static_routes(std::string_view text) {
  StaticRoutes f;
  for (auto line : split_lines(text)) f.lines.emplace_back(line);
  return f;
}

std::string static_routes_text(const StaticRoutes& file) {
  std::string s;
  if (file.lines.empty()) return std::string(kStaticRoutesHeader) + "\n";
  for (const auto& l : file.lines) s += l + "\n";
  return s;
}

std::optional<RouteRequest> static_route_request(std::string_view line, NameLookup& names) {
  const auto views = split_words(line);
  if (views.empty() || views[0][0] == '#') return std::nullopt;
  const std::vector<std::string> words(views.begin(), views.end());
  auto cmd = parse_solaris(SolarisVerb::add, words, AF_INET, names);
  if (!cmd) return std::nullopt;
  return cmd->req;
}

PersistOutcome persist_add(const StaticRoutes& file, const RouteRequest& req, const std::vector<std::string>& args,
                           bool inet6_first, NameLookup& names) {
  PersistOutcome o;
  o.file = file;
  for (const auto& line : file.lines) {
    if (auto entry = static_route_request(line, names); entry && matches(req, *entry)) {
      o.result = PersistAdded{req, true};
      return o;
    }
  }
  std::string line = inet6_first ? "-inet6" : "";
  for (const auto& a : args) line += (line.empty() ? "" : " ") + a;
  if (o.file.lines.empty()) o.file.lines.emplace_back(kStaticRoutesHeader);
  o.file.lines.push_back(line);
  o.changed = true;
  o.result = PersistAdded{req, false};
  return o;
}

PersistOutcome persist_delete(const StaticRoutes& file, const RouteRequest& req, NameLookup& names) {
  return remove_where(file, &req, 0, names);
}

PersistOutcome persist_get(const StaticRoutes& file, const RouteRequest& req, NameLookup& names) {
  PersistOutcome o;
  o.file = file;
  PersistFound found{req, {}};
  for (const auto& line : file.lines)
    if (auto entry = static_route_request(line, names); entry && matches(req, *entry)) found.lines.push_back(line);
  o.result = std::move(found);
  return o;
}

PersistOutcome persist_flush(const StaticRoutes& file, int family, NameLookup& names) {
  return remove_where(file, nullptr, family, names);
}

PersistListed persist_show(const StaticRoutes& file, NameLookup& names) {
  PersistListed listed;
  for (int family : {AF_INET, AF_INET6})
    for (const auto& line : file.lines)
      if (auto entry = static_route_request(line, names); entry && entry->family == family)
        listed.lines.push_back(line);
  return listed;
}

}  // namespace solnet

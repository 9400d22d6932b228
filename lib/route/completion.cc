// route's completion rows: the leading options, the command, then the
// Solaris modifiers (with their dash) and the net-tools keywords, which
// the two syntaxes let follow add, delete, change and get.
#include "lib/route/completion.h"

#include <algorithm>

#include "lib/common/cli_options.h"
#include "lib/route/args.h"
#include "lib/route/nettools_args.h"
#include "lib/route/options.h"
#include "lib/route/solaris_args.h"

namespace solnet {

namespace {

// The commands that take no route: what follows them.
struct VerbState {
  std::string_view verb;
  std::string_view state;
};
constexpr VerbState kVerbStates[] = {{"flush", "family"}, {"monitor", "family"}, {"show", "none"}};

// The Solaris modifiers flush and monitor take.
constexpr std::string_view kFamilyModifiers[] = {"inet", "inet6"};

// route takes a logical interface wherever it takes one (its address
// becomes the source).
CompletionRow route_row(std::string_view state, const KeywordInfo& k, std::string word) {
  CompletionRow r = keyword_row(state, k);
  r.word = std::move(word);
  if (r.kind == "interface") r.kind = "lifname";
  return r;
}

}  // namespace

std::vector<CompletionRow> route_completion_rows() {
  std::vector<CompletionRow> rows;
  for (const auto& o : route_cli_options()) {
    for (const auto& w : cli_option_spellings(o)) {
      rows.push_back(keyword_row("start", o.info));
      rows.back().word = w;
      if (o.id == CliOpt::json) rows.push_back({"route", w, "", "", "", std::string(o.info.help)});
    }
  }
  for (const auto& v : route_verbs()) {
    std::string_view next = "route";
    for (const auto& vs : kVerbStates)
      if (vs.verb == v.info.name) next = vs.state;
    rows.push_back(keyword_row("start", v.info, next));
  }
  for (const auto& m : solaris_modifiers()) {
    rows.push_back(route_row("route", m.info, "-" + std::string(m.info.name)));
    if (std::ranges::find(kFamilyModifiers, m.info.name) != std::end(kFamilyModifiers))
      rows.push_back(route_row("family", m.info, "-" + std::string(m.info.name)));
  }
  for (const auto& k : nettools_keywords()) rows.push_back(route_row("route", k.info, std::string(k.info.name)));
  return rows;
}

}  // namespace solnet

// ifconfig's completion rows: the selectors and options, then the
// interface, then an address family or the keywords; "dhcp" switches to
// the DHCP words.
#include "lib/ifconfig/completion.h"

#include <sys/socket.h>

#include <algorithm>

#include "lib/common/cli_options.h"
#include "lib/dhcp/keywords.h"
#include "lib/ifconfig/args.h"
#include "lib/ifconfig/keywords.h"
#include "lib/ifconfig/options.h"

namespace solnet {

namespace {

// The states after the interface: the family whose keywords each offers
// (IPv4 unless "inet6" came), where those keywords lead, and whether the
// DHCP forms (IPv4 only) may start there.
struct KeywordState {
  std::string_view name;
  unsigned family;
  std::string_view next;
};
constexpr KeywordState kKeywordStates[] = {
    {"family", kFamInet, "keywords"},  // right after the interface
    {"keywords", kFamInet, "keywords"},
    {"keywords6", kFamInet6, "keywords6"},
};

// Words an argument takes besides its kind's values: "netmask +" and
// "broadcast +" (computed from netmasks(4) and the mask), "usesrc none".
struct OpChoices {
  IfOp op;
  std::string_view choices;
};
constexpr OpChoices kOpChoices[] = {{IfOp::netmask, "+"}, {IfOp::broadcast, "+"}, {IfOp::usesrc, "none"}};

// A two-word argument ("hw ether MAC"): the keyword leads to a state of its
// own, where each choice of the leading word takes the last one and goes on
// where the keyword would have.
void two_word_rows(std::vector<CompletionRow>& rows, const KeywordState& st, const KeywordInfo& k) {
  const std::string sub = std::string(st.name) + "-" + std::string(k.name);
  rows.push_back({std::string(st.name), std::string(k.name), "", "", sub, std::string(k.help)});
  for (std::string_view c = k.choices; !c.empty();) {
    const std::string_view choice = c.substr(0, c.find(' '));
    c.remove_prefix(std::min(c.size(), choice.size() + 1));
    rows.push_back(keyword_row(sub, {choice, Arg::required, k.arg_name, k.help, k.kind, ""}, st.next));
  }
}

}  // namespace

std::vector<CompletionRow> ifconfig_completion_rows() {
  std::vector<CompletionRow> rows;
  // "-a" and "-a" with one more letter; longer combinations are typed.
  for (const auto& l : ifconfig_selector_letters()) {
    std::string word = l.letter == 'a' ? "-a" : std::string("-a") + l.letter;
    rows.push_back({"start", word, "", "", "family", std::string(l.help)});
  }
  for (const auto& o : ifconfig_cli_options()) {
    for (const auto& spelling : cli_option_spellings(o)) {
      rows.push_back({"start", spelling, "", "", "", std::string(o.info.help)});
      // --json goes anywhere on the line.
      if (o.id == CliOpt::json)
        for (const auto& st : kKeywordStates)
          rows.push_back({std::string(st.name), spelling, "", "", "", std::string(o.info.help)});
    }
  }
  rows.push_back({"start", "*", "lifname", "", "family", "interface"});
  for (const auto& f : ifconfig_family_words())
    rows.push_back({"family", std::string(f.word), "", "", f.family == AF_INET6 ? "keywords6" : "keywords",
                    std::string(f.help)});
  // A word of no table after the interface: an address.
  rows.push_back({"family", "*", "", "", "keywords", ""});
  for (const auto& st : kKeywordStates) {
    for (const auto& k : ifconfig_keywords()) {
      if (!(k.families & st.family)) continue;
      if (k.info.words == 2) {
        two_word_rows(rows, st, k.info);
        continue;
      }
      CompletionRow r = keyword_row(st.name, k.info, st.next);
      for (const auto& c : kOpChoices)
        if (c.op == k.op) r.choices = std::string(c.choices.begin(), c.choices.end());
      rows.push_back(std::move(r));
    }
    if (st.family & kFamInet)
      for (const auto& k : dhcp_keywords())
        if (k.role == DhcpWordRole::intro) rows.push_back(keyword_row(st.name, k.info, "dhcp"));
  }
  for (const auto& k : dhcp_keywords())
    if (k.role != DhcpWordRole::intro) rows.push_back(keyword_row("dhcp", k.info));
  return rows;
}

}  // namespace solnet

// What the generated bash, zsh and fish completions know, built from the
// keyword tables the parsers use, so completions cannot drift from them.
//
// Each command is a small automaton. The shell walks the words before the
// cursor from state "start": a word that is a row of the current state
// moves to the row's next state (after skipping the row's argument, if it
// takes one); any other word takes the state's "*" row, if it has one (a
// positional word such as the interface name). At the cursor the shell
// offers the argument of the previous word, or else the words of the state
// plus what its "*" row stands for.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lib/common/keyword.h"
#include "lib/common/result.h"

namespace solnet {

struct CompletionRow {
  std::string state;
  std::string word;     // "*": any word that is not a row of the state
  std::string kind;     // the argument the word takes ("" none); for "*",
                        // what the positional word is. Shells complete
                        // "interface" (physical), "lifname" (physical and
                        // logical), "host" and "file"; others are typed.
  std::string choices;  // space-separated words offered for the argument
  std::string next;     // the state after the word; "" stays
  std::string help;
};

// For the row builders: the row of a table entry in `state`; an optional
// argument is not taken (the word after it may be a keyword).
CompletionRow keyword_row(std::string_view state, const KeywordInfo& k, std::string_view next = "");

// One line per row, "state|word|kind|choices|next|help", the form the
// shell scripts read. A field holding '|' or a newline is an error.
Result<std::string> completion_table_text(const std::vector<CompletionRow>& rows);

}  // namespace solnet

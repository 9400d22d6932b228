#!/bin/zsh -f
# zsh_complete.zsh FPATH_DIR OUT LINE: types LINE and TAB into an interactive
# zsh on a pseudo-terminal (zpty), with FPATH_DIR first on fpath, and writes
# every match the completion system is given (compadd) to OUT, one a line.
zmodload zsh/zpty || exit 2
dir=$1 out=$2 line=$3
: >$out
zpty z zsh -f -i
zpty -w z "PROMPT='' RPROMPT=''; unsetopt zle_bracketed_paste; fpath=($dir \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z "compadd() { if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then builtin compadd \"\$@\"; return; fi; local -a __m; builtin compadd -A __m \"\$@\"; print -rl -- \$__m >>$out; builtin compadd \"\$@\"; }"
zpty -w z "zstyle ':completion:*' list-prompt ''; zstyle ':completion:*' menu no; LISTMAX=100000"
zpty -w z "print SOLNET-READY"
zpty -r z ready '*SOLNET-READY*SOLNET-READY*' || { echo "zsh did not start" >&2; exit 1; }
zpty -w -n z "$line"$'\t'
# Ctrl-U drops the line, so that nothing runs.
zpty -w -n z $'\x15'
zpty -w z "print SOLNET-DONE"
# Read until the marker echoes back, bounded by time.
for i in {1..50}; do
  zpty -r -t z chunk 2>/dev/null && all+=$chunk
  [[ $all == *SOLNET-DONE*SOLNET-DONE* ]] && break
  sleep 0.1
done
zpty -d z

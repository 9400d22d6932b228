#!/bin/zsh -f
# zsh_complete.zsh FPATH_DIR OUT LINE...: types each LINE and TAB into one
# interactive zsh on a pseudo-terminal (zpty), with FPATH_DIR first on
# fpath, and writes every match the completion system is given (compadd)
# for the Nth LINE to OUT.N, one a line.
zmodload zsh/zpty || exit 2
dir=$1 out=$2
shift 2
zpty z zsh -f -i
zpty -w z "PROMPT='' RPROMPT=''; unsetopt zle_bracketed_paste; fpath=($dir \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z "compadd() { if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then builtin compadd \"\$@\"; return; fi; local -a __m; builtin compadd -A __m \"\$@\"; print -rl -- \$__m >>\$__out; builtin compadd \"\$@\"; }"
zpty -w z "zstyle ':completion:*' list-prompt ''; zstyle ':completion:*' menu no; LISTMAX=100000"
# TAB completes, then says so: no key is sent while completion runs (zsh
# cuts work short when keys are waiting).
zpty -w z "__tab() { zle expand-or-complete; : >\$__out.done; }; zle -N __tab; bindkey '^I' __tab"
zpty -w z "print SOLNET-READY"
zpty -r z ready '*SOLNET-READY*SOLNET-READY*' || { echo "zsh did not start" >&2; exit 1; }
n=0
for line in "$@"; do
  n=$((n + 1))
  : >$out.$n
  zpty -w z "__out=$out.$n"
  zpty -w -n z "$line"$'\t'
  for i in {1..300}; do
    [[ -e $out.$n.done ]] && break
    zpty -r -t z chunk 2>/dev/null
    sleep 0.1
  done
  [[ -e $out.$n.done ]] || { echo "zsh did not complete '$line'" >&2; exit 1; }
  # Ctrl-U drops the line, so that nothing runs.
  zpty -w -n z $'\x15'
  zpty -w z "print SOLNET-DONE-$n"
  # Read until the marker comes back (echoed, then printed), 30 s at most.
  all=
  for i in {1..300}; do
    zpty -r -t z chunk 2>/dev/null && all+=$chunk
    [[ $all == *SOLNET-DONE-$n*SOLNET-DONE-$n* ]] && break
    sleep 0.1
  done
  [[ $all == *SOLNET-DONE-$n*SOLNET-DONE-$n* ]] || { echo "zsh did not come back after '$line'" >&2; exit 1; }
done
zpty -d z

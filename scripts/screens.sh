#!/usr/bin/env bash
# Draw the README's pictures of the explorer (docs/screens/*.svg) from the
# real program, the same way every time.
#
#   scripts/screens.sh              # all screens
#   scripts/screens.sh home role    # just some (names as in the list below)
#
# Needs: Go (to build pathways and scripts/screens), tmux, and
# charmbracelet/freeze v0.2.2 to turn the captured text into SVG: an installed
# `freeze` on PATH is used if it says v0.2.2, otherwise
# `go run github.com/charmbracelet/freeze@v0.2.2` (fetched through the Go
# module proxy). freeze is a build-time tool only; pathways never links it.
# Each SVG embeds the JetBrains Mono font (about 370 KB), so it looks the
# same in every browser; SCREENS_FONT=system leaves it out (about 15 KB each,
# drawn in the viewer's own monospace font).
# Optional: rsvg-convert (librsvg2-bin) to write PNG copies for checking,
# when PNG=1 (into $OUT/png, not committed).
#
# How: build pathways, start it in a private tmux server (tmux -L screens,
# its own config, so your own tmux is untouched) at 100x30 with a fixed theme
# and the built-in catalogue, press the keys, wait until the screen stops
# changing, capture it with its colours (capture-pane -e -p), normalise the
# colours for freeze (scripts/screens), and render it with freeze.
#
# A screen whose command fails (a flag or command this build lacks) is
# skipped with a note, so the script can be rerun once it exists.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${OUT:-docs/screens}
cols=100 rows=30
sock=screens
work=$(mktemp -d)
cleanup() {
  tmux -L "$sock" kill-server 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

command -v tmux >/dev/null || { echo "screens.sh: tmux is needed" >&2; exit 1; }
if command -v freeze >/dev/null && freeze --version 2>/dev/null | grep -q 'v0\.2\.2'; then
  freeze=(freeze)
else
  freeze=(go run github.com/charmbracelet/freeze@v0.2.2)
fi

go build -o "$work/pathways" ./cmd/pathways
go build -o "$work/normalise" ./scripts/screens
mkdir -p "$out"
font=()
[ "${SCREENS_FONT:-}" = system ] && font=(--font.family monospace)

# wait_still waits until the pane shows the same thing twice, 0.4 s apart
# (at most about 10 s), so a capture never catches a half-drawn frame.
wait_still() {
  local prev="" now i
  for i in $(seq 1 25); do
    sleep 0.4
    now=$(tmux -L "$sock" capture-pane -e -p -t shot 2>/dev/null || true)
    [ -n "$now" ] && [ "$now" = "$prev" ] && return 0
    prev=$now
  done
}

# shot NAME THEME KEYS -- ARGS...: run pathways ARGS with --theme THEME,
# press KEYS (tmux send-keys names, space separated; "" for none) and write
# $out/NAME.svg.
shot() {
  local name=$1 theme=$2 keys=$3
  shift 4
  if [ -n "$only" ] && [[ " $only " != *" $name "* ]]; then return 0; fi
  # The same arguments piped print instead of opening the explorer: a quick
  # check that this build knows them.
  if ! "$work/pathways" --theme "$theme" "$@" </dev/null >/dev/null 2>"$work/err"; then
    echo "skip $name: pathways $* fails here: $(head -1 "$work/err")" >&2
    return 0
  fi
  local fg bg
  case $theme in
    light) fg='#1f1f1f' bg='#fafafa' ;;
    *) fg='#dddddd' bg='#171717' ;;
  esac
  tmux -L "$sock" -f /dev/null new-session -d -s shot -x "$cols" -y "$rows" \
    env -u NO_COLOR -u PATHWAYS_CATALOGUE -u PATHWAYS_PLAIN TERM=xterm-256color COLORTERM=truecolor \
    "$work/pathways" --theme "$theme" "$@"
  tmux -L "$sock" set-option -t shot remain-on-exit on >/dev/null
  wait_still
  local k
  for k in $keys; do
    tmux -L "$sock" send-keys -t shot "$k"
    sleep 0.3
  done
  wait_still
  if [ "$(tmux -L "$sock" display-message -p -t shot '#{pane_dead}')" = 1 ]; then
    echo "skip $name: pathways $* exited" >&2
  else
    tmux -L "$sock" capture-pane -e -p -t shot >"$work/$name.ans"
    "$work/normalise" -fg "$fg" -bg "$bg" -cols "$cols" -rows "$rows" <"$work/$name.ans" >"$work/$name.norm.ans"
    "${freeze[@]}" "$work/$name.norm.ans" --language ansi --theme "$theme" --background "$bg" \
      --window --padding 20 --border.radius 8 ${font[@]+"${font[@]}"} --output "$work/$name.svg" >/dev/null
    # Put highlights on the font's grid; name monospace fallbacks for the font.
    "$work/normalise" -svg <"$work/$name.svg" >"$out/$name.svg"
    echo "wrote $out/$name.svg"
    if [ "${PNG:-}" = 1 ] && command -v rsvg-convert >/dev/null; then
      mkdir -p "$out/png"
      rsvg-convert "$out/$name.svg" -o "$out/png/$name.png"
    fi
  fi
  tmux -L "$sock" kill-server 2>/dev/null || true
}

only="$*"

# The screens. NAME THEME KEYS -- pathways arguments.
shot home dark "" --
shot bands dark "b" --
shot role dark "" -- --role "consultant radiographer"
shot route dark "" -- --route "imaging support worker" "consultant radiographer"
shot case dark "" -- --case esht-nursing-associate
# Slots for screens still being built: skipped until this build has them.
shot compare dark "" -- --compare "diagnostic radiographer" "therapeutic radiographer"
shot map dark "m" -- --role "cancer support worker"
# One light-theme picture, to show the theme works.
shot role-light light "" -- --role "consultant radiographer"

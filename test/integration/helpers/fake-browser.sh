#!/bin/sh
# A stand-in for the user's browser ($BROWSER): notes the link it was asked to open.
printf '%s\n' "$1" > "$FAKE_BROWSER_LOG"

// The shipped themes, compiled in so the binary works from any folder. The source of truth is
// themes/*.yaml; a test fails if these copies drift from those files.
public enum BuiltInThemes {
    public static let sources: [(file: String, text: String)] = [
        ("default.yaml", """
# Annex theme: default (for dark terminals).
# Each role is "FOREGROUND [on BACKGROUND] [bold] [dim] [italic] [underline] [reverse]".
# Colours: default, black, red, green, yellow, blue, magenta, cyan, white, bright-<colour>,
# or a number 0-255 for 256-colour terminals (falls back to the nearest basic colour).
name: default
description: Dark background, calm colours
roles:
  text: default
  text.dim: bright-black
  text.label: cyan
  title: bright-white bold
  heading: bright-cyan bold
  tab.active: black on cyan bold
  tab.inactive: default
  pane.border: bright-black
  pane.border.active: cyan
  pane.title: bright-white bold
  selection: black on cyan
  selection.inactive: default on bright-black
  status.line: default on 236
  status.key: black on 250 bold
  status.saved: green bold
  status.error: bright-white on red bold
  status.warning: yellow bold
  status.info: default
  status.implemented: green
  status.partial: yellow
  status.planned: blue
  status.not_started: red
  status.excluded: bright-black
  risk.low: black on green
  risk.medium: black on yellow
  risk.high: black on 208
  risk.critical: bright-white on red bold
  finding.conformity: green
  finding.major: bright-white on red bold
  finding.minor: red bold
  finding.observation: yellow
  finding.ofi: cyan
  bar.filled: green
  bar.empty: bright-black
  popup.border: bright-cyan
  popup.title: bright-white bold
  input: bright-white on 238
  input.cursor: black on bright-white
  error: red bold
  warning: yellow
"""),
        ("high-contrast.yaml", """
# Annex theme: high contrast (bold, bright, no subtle greys).
name: high-contrast
description: Maximum contrast for bright rooms and projectors
roles:
  text: bright-white
  text.dim: white
  text.label: bright-yellow bold
  title: bright-white bold underline
  heading: bright-yellow bold
  tab.active: black on bright-yellow bold
  tab.inactive: bright-white
  pane.border: white
  pane.border.active: bright-yellow bold
  pane.title: bright-white bold
  selection: black on bright-white bold
  selection.inactive: bright-white reverse
  status.line: bright-white on blue
  status.key: black on bright-yellow bold
  status.saved: bright-green bold
  status.error: bright-white on red bold
  status.warning: bright-yellow bold
  status.info: bright-white
  status.implemented: bright-green bold
  status.partial: bright-yellow bold
  status.planned: bright-cyan bold
  status.not_started: bright-red bold
  status.excluded: white
  risk.low: black on bright-green
  risk.medium: black on bright-yellow
  risk.high: black on bright-magenta bold
  risk.critical: bright-white on red bold
  finding.conformity: bright-green bold
  finding.major: bright-white on red bold
  finding.minor: bright-red bold
  finding.observation: bright-yellow bold
  finding.ofi: bright-cyan bold
  bar.filled: bright-green bold
  bar.empty: white
  popup.border: bright-yellow bold
  popup.title: bright-white bold
  input: black on bright-white
  input.cursor: bright-white on black
  error: bright-red bold
  warning: bright-yellow bold
"""),
        ("light.yaml", """
# Annex theme: light (for light terminal backgrounds).
name: light
description: Light background, dark text
roles:
  text: default
  text.dim: 244
  text.label: blue
  title: black bold
  heading: blue bold
  tab.active: white on blue bold
  tab.inactive: default
  pane.border: 248
  pane.border.active: blue
  pane.title: black bold
  selection: white on blue
  selection.inactive: black on 252
  status.line: black on 253
  status.key: white on 240 bold
  status.saved: green bold
  status.error: white on red bold
  status.warning: 130 bold
  status.info: default
  status.implemented: 28
  status.partial: 130
  status.planned: blue
  status.not_started: red
  status.excluded: 246
  risk.low: black on 114
  risk.medium: black on 221
  risk.high: black on 208
  risk.critical: white on 160 bold
  finding.conformity: 28
  finding.major: white on red bold
  finding.minor: red bold
  finding.observation: 130
  finding.ofi: blue
  bar.filled: 28
  bar.empty: 250
  popup.border: blue
  popup.title: black bold
  input: black on 254
  input.cursor: white on black
  error: red bold
  warning: 130
"""),
        ("monochrome.yaml", """
# Annex theme: monochrome (no colours at all: used automatically with NO_COLOR or a terminal
# without colours). Meaning is carried by attributes, and the screens add letters and marks
# so that nothing depends on colour alone.
name: monochrome
description: No colour; bold, underline and reverse only
roles:
  text: default
  text.dim: dim
  text.label: bold
  title: bold
  heading: bold underline
  tab.active: reverse bold
  tab.inactive: default
  pane.border: dim
  pane.border.active: bold
  pane.title: bold
  selection: reverse
  selection.inactive: underline
  status.line: reverse
  status.key: bold
  status.saved: bold
  status.error: bold underline
  status.warning: bold
  status.info: default
  status.implemented: bold
  status.partial: default
  status.planned: default
  status.not_started: underline
  status.excluded: dim
  risk.low: default
  risk.medium: underline
  risk.high: bold
  risk.critical: reverse bold
  finding.conformity: default
  finding.major: reverse bold
  finding.minor: bold
  finding.observation: underline
  finding.ofi: default
  bar.filled: reverse
  bar.empty: dim
  popup.border: bold
  popup.title: bold
  input: underline
  input.cursor: reverse
  error: bold underline
  warning: bold
"""),
    ]
}

"""The GitHub workflows run on this machine: every job's steps in a fresh clone of the working tree, with a
local equivalent for each action they use. A package, so that its modules import as `workflows.*` and its
test files cannot clash with others of the same name."""

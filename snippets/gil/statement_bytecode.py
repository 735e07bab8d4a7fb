import dis

# One line of Python, many bytecode instructions: the read of box[0]
# (BINARY_SUBSCR) and the write (STORE_SUBSCR) are separate steps,
# with a call in between.
code = compile("box[0] = box[0] + one()", "<statement>", "exec")
for instruction in dis.get_instructions(code):
    print(f"{instruction.opname:<14} {instruction.argrepr}".rstrip())

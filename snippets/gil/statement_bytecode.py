# versions: 3.10-3.13
import dis


# fold-start: a helper: the instructions between the read of box[0] and its write
def between_read_and_write(statement):
    code = compile(statement, "<statement>", "exec")
    names = [instruction.opname for instruction in dis.get_instructions(code)]
    read, write = names.index("BINARY_SUBSCR"), names.index("STORE_SUBSCR")
    return names[read + 1 : write]
# fold-end


for statement in ["box[0] += 1", "box[0] = box[0] + one()"]:
    print(f"{statement:<24}", *between_read_and_write(statement))

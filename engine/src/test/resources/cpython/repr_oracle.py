# What CPython prints, for NetLab's tests to compare with. One mode per call:
#   bytes   stdin: one hex string per line        stdout: repr(bytes) per line
#   str     stdin: one hex UTF-32-BE per line     stdout: repr(str) per line, as hex of its UTF-8
#   escaped                                       stdout: ranges of code points repr() escapes,
#                                                 then 'unassigned' and the ranges of category Cn
#   ipv6    stdin: one hex (16 bytes[%scope]) per line   stdout: str(IPv6Address) per line
#   escape_decode  stdin: one hex per line (input text as UTF-8)  stdout: hex of codecs.escape_decode
#   fromhex stdin: one line of text per line       stdout: hex of bytes.fromhex, or 'ValueError'
import codecs
import ipaddress
import sys
import unicodedata
import warnings

warnings.simplefilter('ignore')
mode = sys.argv[1]


def ranges(pred):
    out, start = [], None
    for cp in range(0x110000):
        if pred(cp):
            if start is None:
                start = cp
        elif start is not None:
            out.append((start, cp - 1))
            start = None
    if start is not None:
        out.append((start, 0x10FFFF))
    return out


if mode == 'escaped':
    print('unicode', unicodedata.unidata_version)
    for a, b in ranges(lambda cp: repr(chr(cp)) != "'" + chr(cp) + "'" and chr(cp) not in "'\\"):
        print('%x %x' % (a, b))
    print('unassigned')
    for a, b in ranges(lambda cp: unicodedata.category(chr(cp)) == 'Cn'):
        print('%x %x' % (a, b))
    sys.exit(0)

# split on \n only: splitlines() would also split on \f and \v, which are test inputs
for line in sys.stdin.read().split('\n')[:-1]:
    if mode == 'bytes':
        print(repr(bytes.fromhex(line)))
    elif mode == 'str':
        text = bytes.fromhex(line).decode('utf-32-be', 'surrogatepass')
        print(repr(text).encode('utf-8', 'surrogatepass').hex())
    elif mode == 'ipv6':
        addr, _, scope = line.partition('%')
        text = str(ipaddress.IPv6Address(bytes.fromhex(addr)))
        print(text + ('%' + scope if scope else ''))
    elif mode == 'escape_decode':
        print(codecs.escape_decode(bytes.fromhex(line))[0].hex())
    elif mode == 'fromhex':
        try:
            print(bytes.fromhex(line).hex())
        except ValueError:
            print('ValueError')
    else:
        raise SystemExit('unknown mode ' + mode)

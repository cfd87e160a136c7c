# Replays scenarios against CPython's asyncio.StreamReader and prints one result line each, for
# NetLab's StreamReader to be compared with. A scenario is one line of ops separated by ' ; ':
#   limit N                 the reader's limit (first op only; default 64 KiB)
#   feed HEX | eof | exc    feed_data, feed_eof, set_exception(ConnectionResetError('reset'))
#   start ID METHOD [ARG]   start a read as its own task: read N | readexactly N | readuntil HEX|- | readline
#   cancel ID               cancel that read
#   state                   print the buffer size, at_eof() and whether the transport is paused
# Consecutive feed/eof/exc ops run back to back, as one socket read delivering several chunks
# would; after every other op (and after such a group) the loop runs until it is quiet.
import asyncio
import sys


class ReadSwitch:
    """The transport side of flow control: what pause_reading/resume_reading were called."""
    def __init__(self):
        self.reading = True

    def pause_reading(self):
        self.reading = False

    def resume_reading(self):
        self.reading = True


def outcome(task):
    if not task.done():
        return 'pending'
    if task.cancelled():
        return 'cancelled'
    e = task.exception()
    if e is None:
        return 'ok:' + task.result().hex()
    if isinstance(e, asyncio.IncompleteReadError):
        return 'IncompleteReadError:%s:%s' % (e.partial.hex(), e.expected)
    if isinstance(e, asyncio.LimitOverrunError):
        return 'LimitOverrunError:%d:%s' % (e.consumed, e.args[0])
    return '%s:%s' % (type(e).__name__, e)


async def settle():
    for _ in range(20):
        await asyncio.sleep(0)


async def run(scenario):
    ops = [op.split() for op in scenario.split(' ; ')]
    limit = 2 ** 16
    if ops[0][0] == 'limit':
        limit = int(ops.pop(0)[1])
    reader = asyncio.StreamReader(limit=limit)
    switch = ReadSwitch()
    reader.set_transport(switch)
    tasks, out = {}, []
    for i, op in enumerate(ops):
        if op[0] == 'feed':
            reader.feed_data(bytes.fromhex(op[1]))
        elif op[0] == 'eof':
            reader.feed_eof()
        elif op[0] == 'exc':
            reader.set_exception(ConnectionResetError('reset'))
        elif op[0] == 'start':
            name, method, args = op[1], op[2], op[3:]
            if method in ('read', 'readexactly'):
                call = getattr(reader, method)(int(args[0]))
            elif method == 'readuntil':
                call = reader.readuntil(b'' if args[0] == '-' else bytes.fromhex(args[0]))
            else:
                call = reader.readline()
            tasks[name] = asyncio.ensure_future(call)
        elif op[0] == 'cancel':
            tasks[op[1]].cancel()
        elif op[0] == 'state':
            out.append('[buffer=%d at_eof=%s paused=%s]' % (len(reader._buffer), reader.at_eof(), not switch.reading))
        next_is_feed = i + 1 < len(ops) and ops[i + 1][0] in ('feed', 'eof', 'exc')
        if not (op[0] in ('feed', 'eof', 'exc') and next_is_feed):
            await settle()
    for name in sorted(tasks):
        out.append('%s=%s' % (name, outcome(tasks[name])))
        tasks[name].cancel()
    out.append('[buffer=%d at_eof=%s paused=%s]' % (len(reader._buffer), reader.at_eof(), not switch.reading))
    return ' '.join(out)


async def main():
    for line in sys.stdin.read().split('\n'):
        if line.strip():
            print(await run(line.strip()))


asyncio.run(main())

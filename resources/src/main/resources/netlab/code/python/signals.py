# signals.py -- seed 001 #4, as the tutorial gives it (UNIX only)
# (indentation restored; new_event_loop() for get_event_loop(); the pid line is flushed, so that
# whoever reads it through a pipe sees it before sending the signal)
import asyncio
import functools
import os
import signal

def ask_exit(signame):
    print("got signal %s: exit" % signame)
    loop.stop()

loop = asyncio.new_event_loop()
for signame in ('SIGINT', 'SIGTERM'):
    loop.add_signal_handler(getattr(signal, signame),
                            functools.partial(ask_exit, signame))

print("Event loop running forever, press Ctrl+C to interrupt.")
print("pid %s: send SIGINT or SIGTERM to exit." % os.getpid(), flush=True)
try:
    loop.run_forever()
finally:
    loop.close()

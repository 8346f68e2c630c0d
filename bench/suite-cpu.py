#!/usr/bin/env python3
"""Runs the test suite (by default `mvn -o -q verify`) and prints where its CPU went, per JVM and per kind of thread.

    bench/suite-cpu.py                      # the suite as README.md runs it
    bench/suite-cpu.py mvn -o -q test -DforkCount=2 '-DargLine=-Xmx2g'

Every second it reads /proc for each running `java` process: each thread's user+system time and name. The JIT's
threads are named "C1 CompilerThread" and "C2 CompilerThread", the collector's "GC Thread", "G1 ..." and so on
(the serial collector works in the "VM Thread"). A
thread that ends between two readings loses its last second, so the figures are a little low. Linux only.
"""
import collections, os, re, subprocess, sys, threading, time

HZ = os.sysconf('SC_CLK_TCK')
threads = {}      # (pid, tid) -> (name, cpu seconds)
commands = {}     # pid -> command line


def kind(name):
    if 'C2 Compiler' in name:
        return 'C2'
    if 'C1 Compiler' in name:
        return 'C1'
    if re.search(r'GC Thread|^G1 |Conc|Refine|VM Periodic', name):
        return 'GC'
    if name == 'VM Thread':
        return 'VM thread'  # safepoint operations, and the collections of the serial collector
    return 'java'


def role(cmd):
    if 'surefire' in cmd:
        return 'test JVM'
    if 'plexus.classworlds' in cmd:
        return 'Maven'
    return 'child JVM'


def sample():
    for pid in os.listdir('/proc'):
        if not pid.isdigit():
            continue
        try:
            if os.path.basename(os.readlink(f'/proc/{pid}/exe')) != 'java':
                continue
            if pid not in commands:
                commands[pid] = open(f'/proc/{pid}/cmdline').read().replace('\0', ' ')
            for tid in os.listdir(f'/proc/{pid}/task'):
                stat = open(f'/proc/{pid}/task/{tid}/stat').read()
                name = stat[stat.index('(') + 1:stat.rindex(')')]
                fields = stat[stat.rindex(')') + 2:].split()
                threads[(pid, tid)] = (name, (int(fields[11]) + int(fields[12])) / HZ)
        except (OSError, ValueError):
            pass  # the process or thread ended while we read it


def main():
    command = sys.argv[1:] or ['mvn', '-o', '-q', 'verify']
    start = time.time()
    before = os.times()
    process = subprocess.Popen(command)
    done = threading.Event()

    def sampler():
        while not done.is_set():
            sample()
            done.wait(1)
    reader = threading.Thread(target=sampler, daemon=True)
    reader.start()
    status = process.wait()
    done.set()
    reader.join()
    wall = time.time() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)

    per_role = collections.defaultdict(collections.Counter)
    jvms = collections.Counter()
    for (pid, _), (name, seconds) in threads.items():
        per_role[role(commands[pid])][kind(name)] += seconds
    for pid, cmd in commands.items():
        jvms[role(cmd)] += 1
    print(f'exit {status}; wall {wall:.1f} s; CPU of everything it started (user+sys) {cpu:.1f} s')
    for r, counts in sorted(per_role.items(), key=lambda item: -sum(item[1].values())):
        parts = ', '.join(f'{k} {v:.1f}' for k, v in counts.most_common())
        print(f'  {r} ({jvms[r]}): {sum(counts.values()):.1f} s = {parts}')
    sys.exit(status)


if __name__ == '__main__':
    main()

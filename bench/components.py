#!/usr/bin/env python3
"""Shares of a folded profile by component: each sample goes to the innermost frame that names one (the bridge,
Spring, Reactor, Reactor Netty and Netty, Jackson, Micrometer, logging); a stack that names none is "JDK only".

    python3 bench/components.py docs/profiles/repeat-scenario-before.folded docs/profiles/repeat-scenario.folded
"""
import collections
import sys

COMPONENTS = [
    ('the bridge', ('dev.haloalertbridge.',)),
    ('Spring', ('org.springframework.',)),
    ('Reactor', ('reactor.core.',)),
    ('Netty', ('reactor.netty.', 'io.netty.')),
    ('Jackson', ('tools.jackson.', 'com.fasterxml.')),
    ('Micrometer', ('io.micrometer.',)),
    ('logging', ('ch.qos.logback.', 'org.slf4j.')),
]
NAMES = [name for name, _ in COMPONENTS] + ['JDK only']


def component(frames):
    for frame in reversed(frames):
        for name, prefixes in COMPONENTS:
            if frame.startswith(prefixes):
                return name
    return 'JDK only'


def shares(path):
    counts = collections.Counter()
    total = 0
    with open(path) as folded:
        for line in folded:
            stack, samples = line.rsplit(' ', 1)
            counts[component(stack.split(';'))] += int(samples)
            total += int(samples)
    return {name: 100.0 * counts[name] / total for name in NAMES}


def main(paths):
    columns = [shares(path) for path in paths]
    print('| component | ' + ' | '.join(paths) + ' |')
    print('|---' * (len(paths) + 1) + '|')
    for name in NAMES:
        print(f'| {name} | ' + ' | '.join(f'{column[name]:.1f} %' for column in columns) + ' |')


if __name__ == '__main__':
    main(sys.argv[1:])

"""What both Python snippet checks share: reading the inputs, failing loudly, and running
with the network switched off and the credentials in the environment."""

import json
import os
import socket
import sys

ENV_ID = 'id-from-env'
ENV_SECRET = 'secret-from-env'


def fail(message):
    print('FAIL: ' + message)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def no_network(*_args, **_kwargs):
    raise AssertionError('the snippet tried to open a network connection')


def start(usage):
    """Reads SNIPPET.py and EXPECTED.json from argv, disables sockets and puts the
    credentials in the environment. Returns (snippet path, its source, expected)."""
    if len(sys.argv) != 3:
        fail(usage)
    snippet_path, expected_path = sys.argv[1], sys.argv[2]
    with open(expected_path, encoding='utf-8') as f:
        expected = json.load(f)
    with open(snippet_path, encoding='utf-8') as f:
        source = f.read()
    socket.socket.connect = no_network
    socket.socket.connect_ex = no_network
    socket.create_connection = no_network
    os.environ['ALIBABA_CLOUD_ACCESS_KEY_ID'] = ENV_ID
    os.environ['ALIBABA_CLOUD_ACCESS_KEY_SECRET'] = ENV_SECRET
    return snippet_path, source, expected

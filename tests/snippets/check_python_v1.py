#!/usr/bin/env python3
"""Runs a generated Python V1 snippet with the real `aliyun-python-sdk-slb` and
`aliyun-python-sdk-core` packages and checks the request it builds, without any network.

usage: check_python_v1.py SNIPPET.py EXPECTED.json

EXPECTED.json: {"endpoint": host, "region": RegionId as typed, "format": "JSON"|"XML",
"params": {name: value, ...}} (the operation's parameters without Action, all strings).

Only `AcsClient.do_action_with_exception` is replaced: it records the request and
returns a canned body. The check then asks the SDK itself for the signed URL of that
request (`RpcRequest.get_url`, the one the client would send) and compares its
parameters. Sockets are disabled.
"""

import contextlib
import io
import json
import os
import socket
import sys
from urllib.parse import parse_qsl, urlsplit

ENV_ID = 'id-from-env'
ENV_SECRET = 'secret-from-env'
COMMON = {'Version', 'Format', 'AccessKeyId', 'SignatureMethod', 'SignatureVersion',
          'SignatureNonce', 'SignatureType', 'Timestamp', 'Signature'}


def fail(message):
    print('FAIL: ' + message)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def no_network(*_args, **_kwargs):
    raise AssertionError('the snippet tried to open a network connection')


def main():
    if len(sys.argv) != 3:
        fail(__doc__)
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

    from aliyunsdkcore.client import AcsClient
    from aliyunsdkslb.request.v20140515.CreateVServerGroupRequest import (
        CreateVServerGroupRequest,
    )

    seen = {}

    def fake_do_action(self, request):
        seen['client'] = self
        seen['request'] = request
        return b'{"RequestId":"CHECK","VServerGroupId":"rsp-check"}'

    AcsClient.do_action_with_exception = fake_do_action

    stdout = io.StringIO()
    with contextlib.redirect_stdout(stdout):
        exec(compile(source, snippet_path, 'exec'), {'__name__': '__main__'})

    check('request' in seen, 'the snippet did not call do_action_with_exception')
    client, request = seen['client'], seen['request']
    check(type(request) is CreateVServerGroupRequest, 'request is a %r' % type(request))
    check(client.get_access_key() == ENV_ID, 'AccessKeyId not read from the environment')
    check(client.get_region_id() == expected['region'],
          'client region %r != %r' % (client.get_region_id(), expected['region']))
    check((request.endpoint or '') == expected['endpoint'],
          'endpoint %r != %r' % (request.endpoint, expected['endpoint']))
    check(request.get_accept_format().upper() == expected['format'],
          'format %r' % request.get_accept_format())

    url = request.get_url(client.get_region_id(), 'check-id', 'check-secret')
    sent = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    check(sent.get('Action') == 'CreateVServerGroup', 'Action %r' % sent.get('Action'))
    check(sent.get('Version') == '2014-05-15', 'Version %r' % sent.get('Version'))
    got = {k: v for k, v in sent.items() if k not in COMMON and k != 'Action'}
    want = dict(expected['params'])
    # The V1 SDK always sends the client's RegionId; with none typed it is empty.
    if 'RegionId' not in want and got.get('RegionId') == '':
        del got['RegionId']
    check(got == want, 'parameters sent %r != expected %r' % (got, want))
    check('rsp-check' in stdout.getvalue(), 'the response was not printed: %r' % stdout.getvalue())
    print('OK: %d parameters' % len(want))


if __name__ == '__main__':
    main()

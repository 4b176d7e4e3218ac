#!/usr/bin/env python3
"""Runs a generated Python V1 snippet with the real `aliyun-python-sdk-slb` and
`aliyun-python-sdk-core` packages and checks the request it builds, without any network.

usage: check_python_v1.py SNIPPET.py EXPECTED.json

EXPECTED.json: {"action": the operation (absent: CreateVServerGroup), "endpoint": host,
"protocol": "http"|"https", "region": RegionId as typed, "format": "JSON"|"XML",
"params": {name: value, ...}} (the operation's parameters without Action, all strings).

Only `AcsClient.do_action_with_exception` is replaced: it records the request and
returns a canned body. The check then asks the SDK itself for the signed URL of that
request (`RpcRequest.get_url`, the one the client would send, signed by the SDK core's
own signer with the secret `check-secret`), compares its parameters and prints it as
`URL: …` with the method it signs for (`METHOD: …`), for the caller to check the
signature against its own signer. Sockets are
disabled.
"""

import contextlib
import importlib
import io
import os
import sys
from urllib.parse import parse_qsl, urlsplit

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import ENV_ID, ENV_SECRET, check, fail, start  # noqa: E402

COMMON = {'Version', 'Format', 'AccessKeyId', 'SignatureMethod', 'SignatureVersion',
          'SignatureNonce', 'SignatureType', 'Timestamp', 'Signature'}





def main():
    snippet_path, source, expected = start(__doc__)

    from aliyunsdkcore.client import AcsClient

    action = expected.get('action', 'CreateVServerGroup')
    request_class = getattr(
        importlib.import_module('aliyunsdkslb.request.v20140515.%sRequest' % action),
        action + 'Request')

    seen = {}

    def fake_do_action(self, request):
        seen['client'] = self
        seen['request'] = request
        return b'{"RequestId":"CHECK"}'

    AcsClient.do_action_with_exception = fake_do_action

    stdout = io.StringIO()
    with contextlib.redirect_stdout(stdout):
        exec(compile(source, snippet_path, 'exec'), {'__name__': '__main__'})

    check('request' in seen, 'the snippet did not call do_action_with_exception')
    client, request = seen['client'], seen['request']
    check(type(request) is request_class, 'request is a %r' % type(request))
    check(client.get_access_key() == ENV_ID, 'AccessKeyId not read from the environment')
    check(client.get_region_id() == expected['region'],
          'client region %r != %r' % (client.get_region_id(), expected['region']))
    check((request.endpoint or '') == expected['endpoint'],
          'endpoint %r != %r' % (request.endpoint, expected['endpoint']))
    # The V1 core defaults to plain http: the snippet must say which one the URL uses.
    check(request.get_protocol_type() == expected['protocol'],
          'protocol %r != %r' % (request.get_protocol_type(), expected['protocol']))
    check(request.get_accept_format().upper() == expected['format'],
          'format %r' % request.get_accept_format())

    url = request.get_url(client.get_region_id(), 'check-id', 'check-secret')
    sent = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    check(sent.get('Action') == action, 'Action %r' % sent.get('Action'))
    check(sent.get('Version') == '2014-05-15', 'Version %r' % sent.get('Version'))
    got = {k: v for k, v in sent.items() if k not in COMMON and k != 'Action'}
    want = dict(expected['params'])
    # The V1 SDK always sends the client's RegionId; with none typed it is empty.
    if 'RegionId' not in want and got.get('RegionId') == '':
        del got['RegionId']
    check(got == want, 'parameters sent %r != expected %r' % (got, want))
    check('CHECK' in stdout.getvalue(), 'the response was not printed: %r' % stdout.getvalue())
    print('METHOD: ' + request.get_method())
    print('URL: ' + url)
    print('OK: %d parameters' % len(want))


if __name__ == '__main__':
    main()

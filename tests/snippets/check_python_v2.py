#!/usr/bin/env python3
"""Runs a generated Python V2 snippet with the real `alibabacloud_slb20140515` package
and checks the request it builds, without any network.

usage: check_python_v2.py SNIPPET.py EXPECTED.json

EXPECTED.json: {"action": the operation (absent: CreateVServerGroup), "endpoint": host or
"" (left to the SDK), "protocol": "http"|"https", "params": {name: value, ...}} where params
are the operation's parameters without Action (`Tag.N.Key` / `Tag.N.Value` flattened), all
strings, exactly as the playground sends them.

Only the transport is replaced: `OpenApiClient.call_api`, the one method through which the
operation's `<operation>_with_options` (e.g. `create_vserver_group_with_options`) reaches
the network, records its arguments and returns a canned answer. Everything before it is the
SDK's own code: the client built from `Config`, the request model's `validate()`, and
`Utils.query`, which turns the request object into the query that would be signed and
sent. Sockets are disabled so that any other attempt to connect fails the check.
"""

import contextlib
import io
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import ENV_ID, ENV_SECRET, check, fail, start  # noqa: E402

LONG_FIELDS = ('OwnerId', 'ResourceOwnerId')





def flatten(model_map):
    """The request object's own map (API names) as flat `name -> str` pairs."""
    out = {}
    for name, value in model_map.items():
        if name == 'Tag':
            for i, tag in enumerate(value, start=1):
                for part in ('Key', 'Value'):
                    if part in tag:
                        out['Tag.%d.%s' % (i, part)] = tag[part]
        else:
            out[name] = value
    return out


def main():
    snippet_path, source, expected = start(__doc__)

    from alibabacloud_slb20140515 import models
    from alibabacloud_slb20140515.client import Client as SlbClient
    from alibabacloud_tea_openapi.client import Client as OpenApiClient
    from darabonba.runtime import RuntimeOptions

    action = expected.get('action', 'CreateVServerGroup')
    # The SDK's method: AddVServerGroupBackendServers -> add_vserver_group_backend_servers.
    method = re.sub(r'(?<!^)(?=[A-Z])', '_', action.replace('VServer', 'Vserver')).lower() + '_with_options'
    check(hasattr(SlbClient, method), 'the SDK has no %s' % method)
    seen = {}
    original = getattr(SlbClient, method)

    def spy(self, request, runtime):
        seen['client'] = self
        seen['request'] = request
        return original(self, request, runtime)

    def fake_call_api(self, params, req, runtime):
        seen['params'] = params
        seen['query'] = req.query
        seen['runtime'] = runtime
        return {
            'statusCode': 200,
            'headers': {},
            'body': {'RequestId': 'CHECK', 'VServerGroupId': 'rsp-check'},
        }

    setattr(SlbClient, method, spy)
    OpenApiClient.call_api = fake_call_api

    stdout = io.StringIO()
    with contextlib.redirect_stdout(stdout):
        exec(compile(source, snippet_path, 'exec'), {'__name__': '__main__'})

    check('request' in seen, 'the snippet did not call %s' % method)
    check('query' in seen, 'the request never reached the transport')
    client, request = seen['client'], seen['request']
    want = expected['params']

    check(type(request) is getattr(models, action + 'Request'),
          'request is a %r' % type(request))
    for tag in getattr(request, 'tag', None) or []:
        check(type(tag) is getattr(models, action + 'RequestTag'), 'tag is a %r' % type(tag))
    built = flatten(request.to_map())
    check({k: str(v) for k, v in built.items()} == want,
          'request object %r != expected %r' % (built, want))
    for name in LONG_FIELDS:
        if name in want and re.fullmatch(r'-?(0|[1-9][0-9]*)', want[name]):
            check(type(built[name]) is int, '%s is %r, not an int' % (name, built[name]))

    query = seen['query']
    check(query == want, 'query sent %r != expected %r' % (query, want))
    params = seen['params']
    check(params.action == action, 'action %r' % params.action)
    check(params.version == '2014-05-15', 'version %r' % params.version)
    check(isinstance(seen['runtime'], RuntimeOptions), 'runtime %r' % seen['runtime'])

    if expected['endpoint']:
        check(client._endpoint == expected['endpoint'],
              'endpoint %r != %r' % (client._endpoint, expected['endpoint']))
    else:
        # No host typed: the snippet leaves it to the SDK's own endpoint rules.
        check(client._endpoint, 'the SDK resolved no endpoint')
    # What the SDK would send over: the client's protocol, else the operation's.
    sent_over = (client._protocol or params.protocol or '').lower()
    check(sent_over == expected['protocol'],
          'protocol %r != %r' % (sent_over, expected['protocol']))
    check(client.get_access_key_id() == ENV_ID, 'AccessKeyId not read from the environment')
    check(client.get_access_key_secret() == ENV_SECRET,
          'AccessKeySecret not read from the environment')
    check('CHECK' in stdout.getvalue(), 'the response was not printed: %r' % stdout.getvalue())
    print('OK: %d parameters' % len(want))


if __name__ == '__main__':
    main()

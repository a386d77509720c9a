"""Validates ZGW exchanges dumped by ZGWSchemaDumpTests against the official OpenAPI specifications.

Usage: python3 validate_zgw.py DUMP_DIR   (the folder and its subfolders)

Each dump file holds one exchange made by an OpenServicesZGW client with the sandbox:
{"api", "method", "path", "query": [[name, value]], "requestHeaders": {...}, "requestBody", "status", "responseBody"}.
For every exchange the operation is found in the API's spec by method and path template, and
- the request: every header the operation marks required is present (Accept-Crs, Content-Crs, …),
  every query parameter is one the operation declares, the JSON body validates against the
  operation's requestBody schema and carries no property the schema does not declare (a PATCH body
  may leave out required members: it is a partial update, though some specs reuse the full schema);
- the response: the body validates against the schema of its status (2xx and the error shapes),
  and no property is undeclared.
The specs are read from ../shared/reference/specs next to the checkout, or from OPENSERVICES_SPECS.
Exit status 1 when anything fails.
"""
import json, os, re, sys
from openapi_schema_validator import OAS30Validator
from openapi_schema import SPECS, declared, load, resolve, subtype, undeclared

FILES = {
    'zaken': 'zgw-zaken/zrc-openapi-1.5.1.yaml',
    'catalogi': 'zgw-catalogi/ztc-openapi-1.3.1.yaml',
    'documenten': 'zgw-documenten/drc-openapi-1.4.2.yaml',
    'besluiten': 'zgw-besluiten/brc-openapi-1.1.0.yaml',
    'notificaties': 'zgw-notificaties/nrc-openapi-1.0.0.yaml',
    'autorisaties': 'zgw-autorisaties/ac-openapi-1.0.0.yaml',
    'webhook': 'zgw-notificaties/nrc-consumer-webhook-openapi-1.0.0-rc1.yaml',
}
_specs = {}


def spec(api):
    if api not in _specs:
        _specs[api] = load(os.path.join(SPECS, FILES[api]))
    return _specs[api]


def operation(doc, method, path):
    """The operation and its path template for a concrete path ('/zaken/5e…' matches '/zaken/{uuid}')."""
    for template, item in doc['paths'].items():
        pattern = '^' + re.sub(r'\\\{[^}]+\\\}', '[^/]+', re.escape(template)) + '$'
        if re.match(pattern, path) and method.lower() in item:
            params = item.get('parameters', []) + item[method.lower()].get('parameters', [])
            return template, item[method.lower()], [resolve(doc, p) for p in params]
    return None, None, []


def validate(doc, schema, value, partial=False):
    """Schema errors and undeclared properties. `partial` (a PATCH body) ignores missing required
    members: several ZGW specs reuse the full resource schema for PATCH, which is a partial update."""
    root = dict(resolve(doc, schema))
    root['components'] = doc['components']
    errors = [f'{"/".join(map(str, e.absolute_path)) or "$"}: {e.message[:200]}'
              for e in OAS30Validator(root).iter_errors(value) if not (partial and e.validator == 'required')]
    errors += nested_subtype_errors(doc, schema, value, '$', partial)
    extra = set()
    undeclared(doc, schema, value, '$', extra)
    return errors + [f'{p}: not declared by the schema' for p in sorted(extra)]


def nested_subtype_errors(doc, schema, value, path, partial):
    """jsonschema ignores OpenAPI's `discriminator`: validate each value also against the subtype it maps to."""
    schema = resolve(doc, schema)
    errors = []
    if isinstance(value, dict):
        mapped = subtype(doc, schema, value)
        if mapped is not None:
            root = dict(mapped)
            root['components'] = doc['components']
            errors += [f'{path}/{"/".join(map(str, e.absolute_path))}: {e.message[:200]}'
                       for e in OAS30Validator(root).iter_errors(value) if not (partial and e.validator == 'required')]
        props, _ = declared(doc, schema)
        for key, item in value.items():
            if key in props:
                errors += nested_subtype_errors(doc, props[key], item, f'{path}/{key}', partial)
    elif isinstance(value, list) and schema.get('items'):
        for index, item in enumerate(value):
            errors += nested_subtype_errors(doc, schema['items'], item, f'{path}/{index}', partial)
    return errors


def json_schema(content):
    for media in ('application/json', 'application/problem+json'):
        if content and media in content:
            return content[media].get('schema')
    return None


def check(record):
    problems = []
    doc = spec(record['api'])
    method, path = record['method'], record['path']
    template, op, params = operation(doc, method, path)
    if op is None:
        return [f'{method} {path}: no such operation in the {record["api"]} spec']
    headers = {k.lower(): v for k, v in record.get('requestHeaders', {}).items()}
    for p in params:
        if p.get('in') == 'header' and p.get('required') and p['name'].lower() not in headers:
            problems.append(f'request: required header {p["name"]} is missing')
    names = {p['name'] for p in params if p.get('in') == 'query'}
    for name, _ in record.get('query', []):
        if name not in names:
            problems.append(f'request: query parameter {name!r} is not declared for {method} {template}')
    if record.get('requestBody') is not None and 'requestBody' in op:
        schema = json_schema(resolve(doc, op['requestBody']).get('content'))
        if schema:
            problems += [f'request body {e}' for e in validate(doc, schema, record['requestBody'], partial=method == 'PATCH')]
    responses = op.get('responses', {})
    status = str(record['status'])
    answer = resolve(doc, responses.get(status) or responses.get('default') or {})
    if not answer:
        problems.append(f'response: status {status} is not declared for {method} {template}')
    elif record.get('responseBody') is not None:
        schema = json_schema(answer.get('content'))
        if schema:
            problems += [f'response body {e}' for e in validate(doc, schema, record['responseBody'])]
    return problems


def main():
    directory = sys.argv[1]
    failed, total, operations = 0, 0, set()
    files = sorted(os.path.relpath(os.path.join(folder, name), directory)
                   for folder, _, names in os.walk(directory) for name in names if name.endswith('.json'))
    for name in files:
        record = json.load(open(os.path.join(directory, name)))
        total += 1
        doc = spec(record['api'])
        template, _, _ = operation(doc, record['method'], record['path'])
        operations.add(f'{record["api"]} {record["method"]} {template}')
        problems = check(record)
        if problems:
            failed += 1
            print(f'FAIL {name} ({record["api"]} {record["method"]} {record["path"]} -> {record["status"]})')
            for p in problems[:20]:
                print('   ', p)
    print(f'{total - failed}/{total} exchanges conform; {len(operations)} distinct operations covered.')
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()

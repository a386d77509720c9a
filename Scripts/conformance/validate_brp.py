"""Validate BRP sandbox answers against the official BRP Personen 2.7 OpenAPI schema.

Discriminators are enforced (the mapped schema is chosen by `type`), and every schema that is not
a building block of an allOf gets `unevaluatedProperties: false`, so unknown field names fail too.
"""
import copy, glob, json, sys
import yaml
from jsonschema import Draft202012Validator, FormatChecker, validators
from referencing import Registry, Resource
import os
# The official specs: ../shared/reference/specs next to the repository, or OPENSERVICES_SPECS.
SPECS = os.environ.get('OPENSERVICES_SPECS', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'reference', 'specs'))

spec = yaml.safe_load(open(os.path.join(SPECS, 'brp-personen/brp-personen-openapi-2.7.0-resolved.yaml')))
schemas = spec['components']['schemas']

# Building blocks referenced from allOf keep their openness; discriminator bases get a copy without discriminator.
in_allof = set()
for s in schemas.values():
    for part in s.get('allOf', []):
        if '$ref' in part:
            in_allof.add(part['$ref'].split('/')[-1])
new = {}
for name, s in schemas.items():
    if 'discriminator' in s:
        base = copy.deepcopy(s); base.pop('discriminator')
        new[name + 'Base'] = base
for name, s in list(schemas.items()):
    for part in s.get('allOf', []):
        ref = part.get('$ref', '').split('/')[-1]
        if ref + 'Base' in new:
            part['$ref'] = '#/components/schemas/' + ref + 'Base'
schemas.update(new)
for name, s in schemas.items():
    if name in in_allof or name.endswith('Base'):
        continue
    if s.get('type') == 'object' or 'properties' in s or 'allOf' in s:
        if 'discriminator' not in s:
            s['unevaluatedProperties'] = False
# Discriminator bases dispatch on `type`.
def discriminator(validator, value, instance, schema):
    if not isinstance(instance, dict):
        return
    target = value.get('mapping', {}).get(instance.get('type'))
    if target is None:
        yield from []
        from jsonschema.exceptions import ValidationError
        yield ValidationError(f"unknown type {instance.get('type')!r} for discriminator")
        return
    yield from validator.descend(instance, {'$ref': target})
Validator = validators.extend(Draft202012Validator, {'discriminator': discriminator})

registry = Registry().with_resource('urn:brp', Resource.from_contents(spec, default_specification=__import__('referencing.jsonschema').jsonschema.DRAFT202012))
def validator_for(name):
    return Validator({'$ref': f'urn:brp#/components/schemas/{name}'}, registry=registry, format_checker=FormatChecker())

failures = 0; checked = 0
for path in sorted(glob.glob(sys.argv[1] + '/*.json')):
    doc = json.load(open(path))
    if 'request' in doc:
        body = doc['request']
        errors = list(validator_for(body['type']).iter_errors(body))
        checked += 1
        bsn_in_path = any(ch.isdigit() for ch in doc['path'])
        if errors or bsn_in_path:
            failures += 1
            print(f'FAIL {path.split("/")[-1]} (request {body["type"]}): path={doc["path"]}', [e.message[:160] for e in errors])
        else:
            print(f'ok   {path.split("/")[-1]} (request {body["type"]}, path {doc["path"]})')
        continue
    body, status = doc['body'], doc['status']
    if status == 200:
        name = body['type'] + 'Response'
    else:
        name = 'BadRequestFoutbericht' if status == 400 else 'Foutbericht'
    errors = sorted(validator_for(name).iter_errors(body), key=lambda e: list(e.absolute_path))
    # Known deviations of the official service from its own spec, which the sandbox reproduces
    # (BRP feature files): `detail` "De foutieve parameter(s) zijn: fields[0]." has ':' '[' ']',
    # invalidParams names like "fields[0]"/"burgerservicenummer[0]" and reasons quoting a pattern.
    # Their failure also drops annotations, so unevaluatedProperties then reports every key.
    def official(e):
        p = list(e.absolute_path)
        return (p == ['detail'] and e.validator == 'pattern') or \
               (len(p) == 3 and p[0] == 'invalidParams' and p[2] in ('name', 'reason') and e.validator == 'pattern')
    deviations = [e for e in errors if official(e)]
    errors = [e for e in errors if not official(e)]
    if deviations:
        errors = [e for e in errors if not (e.validator == 'unevaluatedProperties' and list(e.absolute_path) == [])]
    checked += 1
    count = len(body.get('personen', [])) if status == 200 else body.get('code')
    if errors:
        failures += 1
        print(f'FAIL {path.split("/")[-1]} ({status}, {name}):')
        for e in errors[:8]:
            print('   ', '/'.join(map(str, e.absolute_path)), '-', e.message[:200])
    else:
        print(f'ok   {path.split("/")[-1]} ({status}, {name}, {count})')
print(f'{checked} documents, {failures} failing')

"""Validates sandbox answers dumped by the *SchemaDumpTests against the official OpenAPI schemas.

Usage: python3 validate.py bag|kvk|pdok DUMP_DIR
For every dump: the schema of the operation (and error) is picked from the path and status, the body
is validated with openapi-schema-validator (OAS 3.0 / 3.1), and properties the schema does not
declare are listed (a misspelt field would show up there).
"""
import json, sys, os, re, yaml
from openapi_schema_validator import OAS30Validator, OAS31Validator
from openapi_schema import SPECS, load, resolve, undeclared

S = SPECS + '/'
service, directory = sys.argv[1], sys.argv[2]

SPEC_DEFECTS = set()

def drop_phantom_required(spec):
    """Removes `required` names that the schema does not declare (BAG 2.6 `Adres` requires `kortNaam`,
    a typo of its property `korteNaam`); each one is reported once."""
    for name, schema in spec['components']['schemas'].items():
        props = schema.get('properties', {})
        if props and 'required' in schema:
            phantom = [r for r in schema['required'] if r not in props]
            for r in phantom:
                SPEC_DEFECTS.add(f'{name}.required lists {r!r}, which is not a property')
            schema['required'] = [r for r in schema['required'] if r in props]

def check(spec, schema, body, name, cls):
    root = dict(schema)
    root['components'] = spec['components']
    errors = list(cls(root).iter_errors(body))
    unknown = set()
    undeclared(spec, schema, body, '$', unknown)
    return errors, unknown

if service == 'bag':
    spec = load(S + 'bag/bag-ib-openapi-2.6.0-copy-from-zac.yaml'); cls = OAS30Validator
    def pick(path, status):
        if status >= 400: return {'$ref': '#/components/schemas/Error'}
        p = path.split('?')[0]
        table = [(r'^/adressen$', 'AdresIOHalCollection'), (r'^/adressen/\d+$', 'AdresIOHal'),
                 (r'^/adresseerbareobjecten/', 'AdresseerbaarObjectIOHal'), (r'^/verblijfsobjecten/', 'VerblijfsobjectIOHal'),
                 (r'^/panden/', 'PandIOHal'), (r'^/nummeraanduidingen/', 'NummeraanduidingIOHal'),
                 (r'^/openbareruimten/', 'OpenbareRuimteIOHal'), (r'^/woonplaatsen/', 'WoonplaatsIOHal')]
        for pattern, name in table:
            if re.search(pattern, p): return {'$ref': '#/components/schemas/' + name}
elif service == 'kvk':
    zoeken = load(S + 'kvk/kvk-zoeken-openapi-2.0.0.yaml'); basis = load(S + 'kvk/kvk-basisprofiel-openapi-1.5.0.yaml')
    vest = load(S + 'kvk/kvk-vestigingsprofiel-openapi-1.4.yaml'); cls = OAS30Validator
    def pick(path, status):
        global spec
        p = path.split('?')[0]
        spec = zoeken if p.startswith('/v2/zoeken') else vest if p.startswith('/v1/vestigingsprofielen') else basis
        if status >= 400:
            spec = zoeken if p.startswith('/v2/zoeken') else basis  # Vestigingsprofiel 1.4 declares no error schema
            return {'$ref': '#/components/schemas/Error'}
        if p.startswith('/v2/zoeken'): return {'$ref': '#/components/schemas/Resultaat'}
        if p.startswith('/v1/vestigingsprofielen'): return {'$ref': '#/components/schemas/Vestiging'}
        if p.endswith('/eigenaar'): return {'$ref': '#/components/schemas/Eigenaar'}
        if p.endswith('/vestigingen'): return {'$ref': '#/components/schemas/VestigingList'}
        if p.endswith('/hoofdvestiging'): return {'$ref': '#/components/schemas/Vestiging'}
        return {'$ref': '#/components/schemas/Basisprofiel'}
else:
    spec = load(S + 'pdok-locatieserver/locatieserver-v3_1-openapi-copy.json'); cls = OAS30Validator
    def pick(path, status):
        p = path.split('?')[0]
        op = spec['paths'][p]['get']
        code = '200' if status < 400 else '400'
        return op['responses'][code]['content']['application/json']['schema']

for candidate in [globals().get(n) for n in ('spec', 'zoeken', 'basis', 'vest')]:
    if candidate: drop_phantom_required(candidate)
total = failures = 0
for name in sorted(os.listdir(directory)):
    dump = json.load(open(os.path.join(directory, name)))
    schema = pick(dump['path'], dump['status'])
    errors, unknown = check(spec, schema, dump['body'], name, cls)
    total += 1
    if errors or unknown:
        failures += bool(errors)
        print(f'{name} ({dump["status"]} {dump["path"]}):')
        for error in errors[:5]:
            print('   INVALID', '/'.join(map(str, error.absolute_path)), error.message[:200])
        if unknown:
            print('   undeclared:', ', '.join(sorted(unknown)[:12]))
for defect in sorted(SPEC_DEFECTS): print('spec defect ignored:', defect)
print(f'{service}: {total} answers checked, {failures} invalid')
